using System.Globalization;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Crisis;

/// <summary>What crisis watch keeps about a person: alerts about their messages (ids only, never text) and alerts they handled as a moderator.</summary>
public sealed class CrisisAlertPersonalData(CrisisAlertStore store) : IPersonalData
{
    /// <inheritdoc />
    public string Section => "crisis_alerts";

    /// <inheritdoc />
    public PersonalDataSection Export(ulong userId)
    {
        static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
        var rows = store.AboutUser(userId).Select(a => (IReadOnlyList<string?>)
            [Id(a.GuildId), Id(a.ChannelId), Id(a.MessageId), "about you", a.Dm.ToString(), a.CreatedAt.ToString("O", CultureInfo.InvariantCulture)])
            .Concat(store.HandledBy(userId).Select(a => (IReadOnlyList<string?>)
            [Id(a.GuildId), Id(a.ChannelId), Id(a.MessageId), "handled as moderator", a.Dm.ToString(), a.CreatedAt.ToString("O", CultureInfo.InvariantCulture)]))
            .ToList();
        return new PersonalDataSection(Section, ["guild_id", "channel_id", "message_id", "role", "support_dm", "at_utc"], rows);
    }

    /// <inheritdoc />
    public int Delete(ulong userId) => store.ForgetUser(userId);
}
