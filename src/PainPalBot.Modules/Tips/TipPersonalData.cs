using System.Globalization;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Tips;

/// <summary>The tips a person shared, for export and deletion (deleting a tip removes the votes for it too).</summary>
public sealed class TipPersonalData(TipStore store) : IPersonalData
{
    /// <inheritdoc />
    public string Section => "tips";

    /// <inheritdoc />
    public PersonalDataSection Export(ulong userId) => new(
        Section,
        ["id", "guild_id", "status", "submitted_at_utc", "approved_at_utc", "helpful_count", "tags", "text"],
        [.. store.ByAuthor(userId).Select(t => (IReadOnlyList<string?>)
        [
            t.Id.ToString(),
            t.GuildId.ToString(CultureInfo.InvariantCulture),
            t.Status.ToString(),
            t.SubmittedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            t.ApprovedAt?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            t.HelpfulCount.ToString(CultureInfo.InvariantCulture),
            string.Join(", ", t.Tags),
            t.Text,
        ])]);

    /// <inheritdoc />
    public int Delete(ulong userId) => store.DeleteByAuthor(userId);
}
