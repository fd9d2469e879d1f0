using System.Globalization;
using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Crisis;

/// <summary>How a crisis alert looks in the moderator channel: where, a jump link, the DM's state, who took it. Never the message text.</summary>
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
            _ => "not sent yet: this server asks a moderator to look first",
        };
        var taken = alert.TakenBy is { } mod
            ? string.Create(CultureInfo.InvariantCulture, $"{Person(mod)} is on it (since {alert.TakenAt:HH:mm} UTC)")
            : "nobody yet";
        return string.Join('\n',
            "**Crisis watch:** someone may need support.",
            $"Who: <@{alert.UserId}> · Where: <#{alert.ChannelId}>",
            $"Message: {JumpLink(alert)}",
            $"Support DM: {dm}",
            $"Taken by: {taken}",
            "Please reach out kindly and privately; if they may be in immediate danger, help them contact emergency services.");
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

    private static string Person(ulong id) => id == 0 ? "a moderator" : $"<@{id}>";
}
