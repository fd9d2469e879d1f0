using System.Globalization;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Resources;

/// <summary>
/// What the resources feature keeps about a person: which server entries they added or edited as a moderator.
/// Deleting removes their id from those entries; the entries stay, because they belong to the server.
/// </summary>
public sealed class GuildResourcePersonalData(GuildResourceStore store) : IPersonalData
{
    /// <inheritdoc />
    public string Section => "server_resources";

    /// <inheritdoc />
    public PersonalDataSection Export(ulong userId)
    {
        var rows = store.ByModerator(userId)
            .Select(r => (IReadOnlyList<string?>)
            [
                r.GuildId.ToString(CultureInfo.InvariantCulture),
                r.Title,
                r.Url,
                r.AddedBy == userId ? "added" : "edited",
                (r.AddedBy == userId ? r.AddedAtUtc : r.UpdatedAtUtc ?? r.AddedAtUtc).ToString("O", CultureInfo.InvariantCulture),
            ])
            .ToList();
        return new PersonalDataSection(Section, ["guild_id", "title", "url", "role", "at_utc"], rows);
    }

    /// <inheritdoc />
    public int Delete(ulong userId) => store.ForgetModerator(userId);
}
