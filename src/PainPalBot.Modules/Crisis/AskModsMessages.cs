namespace PainPalBot.Modules.Crisis;

/// <summary>
/// The private answer to someone who used "Ask mods to check in": what happened (and whether anything was sent), what
/// happens next, that the person asked about is not told who asked, and helplines in case anyone is in danger now.
/// </summary>
public static class AskModsMessages
{
    /// <summary>The command's name in a message's Apps menu.</summary>
    public const string CommandName = "Ask mods to check in";

    private const string NotTold = "They won't be told who asked.";

    /// <summary>The answer for <paramref name="result"/>, within Discord's 2,000 characters.</summary>
    public static string Reply(AskModsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var self = result.ForThemselves;
        var taken = result.Taken ? " A moderator is already on it." : "";
        var visible = result.ReporterShown
            ? "This server lets its moderators see who asked, so they'll know it was you."
            : "The moderators won't see who asked either.";
        var (opening, withHelplines) = result.Outcome switch
        {
            AskModsOutcome.Alerted when self =>
                ("Thank you for asking; reaching out takes courage. I've let this server's moderators know privately, and one of them will check in with you. They'll see that you asked for yourself.", SelfHelplines),
            AskModsOutcome.Alerted =>
                ($"Thank you for looking out for them. I've privately asked this server's moderators to check in. {Dm(result.Dm)} {NotTold} {visible}", ForOthersHelplines),
            AskModsOutcome.AddedToAlert when self =>
                ($"Thank you for asking. The moderators were already asked to check in with you a short while ago, and I've told them you asked too.{taken}", SelfHelplines),
            AskModsOutcome.AddedToAlert =>
                ($"Thank you for looking out for them. The moderators were already asked to check in on this person a short while ago, so I didn't send a second alert; I've added that another member is worried too.{taken} {NotTold} {visible}", ForOthersHelplines),
            AskModsOutcome.AlreadyAsked =>
                ($"You already asked the moderators about this a short while ago, and they have it, so nothing new was sent.{taken}", self ? SelfHelplines : ForOthersHelplines),
            AskModsOutcome.NotInServer =>
                ($"{CommandName} works in a server, where there are moderators to ask. This is a DM, so nothing was sent to anyone.", SelfHelplines),
            AskModsOutcome.BotMessage =>
                ($"That message is from a bot or an app, so there's nobody to check in on, and nothing was sent. If someone in the conversation worries you, use {CommandName} on their own message, or message a moderator directly.", ForOthersHelplines),
            AskModsOutcome.NoModeratorChannel =>
                ("This server hasn't set up a moderator channel for PainPalBot yet, so I couldn't pass this on, and nothing was sent to anyone. Please message one of the server's moderators directly.", self ? SelfHelplines : ForOthersHelplines),
            _ =>
                ("I couldn't post in the moderators' channel (Discord refused), so nothing was sent to anyone. Please message one of the server's moderators directly, or try again later.", self ? SelfHelplines : ForOthersHelplines),
        };
        var full = $"{opening}\n\n{withHelplines}\n{result.Helplines.TextWithoutSelect}";
        return full.Length <= 2000 ? full : $"{opening}\n\n{result.Helplines.EmergencyLine}\nUse `/crisis` to see helplines you can reach now.";
    }

    private const string ForOthersHelplines =
        "If you think they may be in immediate danger, contact emergency services now. And if this is weighing on you too, people are there for you:";

    private const string SelfHelplines = "You don't have to wait: people are there for you right now.";

    private static string Dm(CrisisAlertDm? dm) => dm switch
    {
        CrisisAlertDm.Sent => "They've also been sent a private message from me with support lines.",
        CrisisAlertDm.Closed => "I couldn't message them myself (their DMs are closed), so the moderators will reach out another way.",
        CrisisAlertDm.Failed => "I couldn't message them myself just now; the moderators can send it from the alert.",
        _ => "A moderator will look and decide how best to reach out.",
    };
}
