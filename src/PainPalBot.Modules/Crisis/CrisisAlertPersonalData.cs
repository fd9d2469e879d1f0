using System.Globalization;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// What crisis alerts keep about a person: alerts about their messages (ids only, never text, never who asked),
/// requests they made with "Ask mods to check in", and alerts they handled as a moderator.
/// </summary>
public sealed class CrisisAlertPersonalData(CrisisAlertStore store) : IPersonalData
{
    /// <inheritdoc />
    public string Section => "crisis_alerts";

    /// <inheritdoc />
    public PersonalDataSection Export(ulong userId)
    {
        static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
        static string At(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
        var about = store.AboutUser(userId).Select(a => (IReadOnlyList<string?>)
            [Id(a.GuildId), Id(a.ChannelId), Id(a.MessageId), "about you", Source(a.Source), a.Dm.ToString(), At(a.CreatedAt)]);
        // A reporter's row is their own request: where and when. The subject's DM status is the subject's, not theirs.
        var asked = store.RequestedBy(userId).SelectMany(a => a.Requests.Where(r => r.ReporterId == userId).Select(r => (IReadOnlyList<string?>)
            [Id(a.GuildId), Id(a.ChannelId), Id(a.MessageId), "you asked the moderators to check in", Source(a.Source), null, At(r.At)]));
        var handled = store.HandledBy(userId).Select(a => (IReadOnlyList<string?>)
            [Id(a.GuildId), Id(a.ChannelId), Id(a.MessageId), "handled as moderator", Source(a.Source), a.Dm.ToString(), At(a.CreatedAt)]);
        return new PersonalDataSection(Section, ["guild_id", "channel_id", "message_id", "role", "raised_by", "support_dm", "at_utc"], [.. about, .. asked, .. handled]);
    }

    /// <inheritdoc />
    public int Delete(ulong userId) => store.ForgetUser(userId);

    private static string Source(CrisisAlertSource source) => source switch
    {
        CrisisAlertSource.MemberRequest => "member_request",
        CrisisAlertSource.SelfRequest => "own_request",
        _ => "crisis_watch",
    };
}
