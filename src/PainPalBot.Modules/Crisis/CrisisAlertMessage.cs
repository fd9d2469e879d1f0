using System.Globalization;
using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// How a crisis alert looks in the moderator channel: what raised it, who and where, a jump link, the DM's state, who
/// took it, and who asked only where the server allows it. Never the message text.
/// </summary>
public static class CrisisAlertMessage
{
    /// <summary>The "I'm on it" button's custom id prefix.</summary>
    public const string TakePrefix = "crisis-alert:take:";

    /// <summary>The "Send support DM" button's custom id prefix.</summary>
    public const string DmPrefix = "crisis-alert:dm:";

    /// <summary>The link that opens the message in Discord.</summary>
    public static string JumpLink(CrisisAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return string.Create(CultureInfo.InvariantCulture, $"https://discord.com/channels/{alert.GuildId}/{alert.ChannelId}/{alert.MessageId}");
    }

    /// <summary>The alert's text.</summary>
    public static string Content(CrisisAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var dm = alert.Dm switch
        {
            CrisisAlertDm.Sent when alert.DmSentBy is { } by => $"sent privately with helplines (by {Person(by)})",
            CrisisAlertDm.Sent => "sent privately with helplines",
            CrisisAlertDm.Closed => "could not be delivered: their DMs are closed, so please reach out another way",
            CrisisAlertDm.Failed => "could not be delivered (Discord error); you can try again",
            CrisisAlertDm.Sending => "being sent now",
            CrisisAlertDm.ShownInReply => "not sent: they asked themselves and were shown helplines privately when they did",
            _ => "not sent yet: this server asks a moderator to look first",
        };
        var taken = alert.TakenBy is { } mod
            ? string.Create(CultureInfo.InvariantCulture, $"{Person(mod)} is on it (since {alert.TakenAt:HH:mm} UTC)")
            : "nobody yet";
        var lines = new List<string>
        {
            alert.Source switch
            {
                CrisisAlertSource.MemberRequest => "**Check-in request:** a member is worried about someone and asked the moderators to check in.",
                CrisisAlertSource.SelfRequest => "**Check-in request:** someone asked the moderators to check in with them.",
                _ => "**Crisis watch:** someone may need support.",
            },
            $"Who: <@{alert.UserId}> · Where: <#{alert.ChannelId}>",
            $"Message: {JumpLink(alert)}",
        };
        if (alert.Requests.Length > 0)
            lines.Add((alert.Source == CrisisAlertSource.Watch ? "Members asking too: " : "Asked by: ") + Reporters(alert));
        lines.Add($"Support DM: {dm}");
        lines.Add($"Taken by: {taken}");
        if (alert.Source != CrisisAlertSource.Watch)
            lines.Add("This came from \"Ask mods to check in\", not from crisis watch. The message isn't copied here; open the link to read it. They are never told who asked.");
        lines.Add("Please reach out kindly and privately; if they may be in immediate danger, help them contact emergency services.");
        return string.Join('\n', lines);
    }

    /// <summary>The alert's buttons: "I'm on it" (disabled once taken) and "Send support DM" (or "Resend").</summary>
    public static MessageComponent Components(CrisisAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var id = alert.Id.ToString();
        return new ComponentBuilder()
            .WithButton(alert.TakenBy is null ? "I'm on it" : "Taken", TakePrefix + id, ButtonStyle.Primary, disabled: alert.TakenBy is not null)
            .WithButton(alert.Dm == CrisisAlertDm.Sent ? "Resend support DM" : "Send support DM", DmPrefix + id, ButtonStyle.Secondary)
            .Build();
    }

    // Who asked, as each reporter was promised: named only when the request was made with names shown, and a
    // count otherwise (also for people who since deleted their data, whose requests still count).
    private static string Reporters(CrisisAlert alert)
    {
        var parts = new List<string>();
        if (alert.Requests.Any(r => r.ReporterId == alert.UserId))
            parts.Add(alert.Source == CrisisAlertSource.SelfRequest ? "they asked for themselves" : "they asked for a check-in themselves too");
        var others = alert.Requests.Where(r => r.ReporterId != alert.UserId).ToList();
        parts.AddRange(others.Where(r => r.Shown && r.ReporterId != 0).Select(r => Person(r.ReporterId)));
        var unnamed = others.Count(r => !r.Shown || r.ReporterId == 0);
        if (unnamed > 0)
        {
            var who = unnamed == 1 ? "a member" : string.Create(CultureInfo.InvariantCulture, $"{unnamed} members");
            parts.Add(others.Any(r => !r.Shown) ? who + " (who asked is kept private)" : who);
        }
        return string.Join(", ", parts);
    }

    private static string Person(ulong id) => id == 0 ? "a moderator" : $"<@{id}>";
}
