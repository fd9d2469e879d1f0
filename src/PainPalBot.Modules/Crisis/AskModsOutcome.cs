namespace PainPalBot.Modules.Crisis;

/// <summary>What happened when someone used "Ask mods to check in".</summary>
public enum AskModsOutcome
{
    /// <summary>A new alert went to the moderator channel.</summary>
    Alerted,

    /// <summary>The moderators were alerted about this person a short while ago; this request was added to that alert.</summary>
    AddedToAlert,

    /// <summary>This person already asked about the same person a short while ago; nothing new was sent.</summary>
    AlreadyAsked,

    /// <summary>Used in a DM, where there are no moderators: nothing was sent.</summary>
    NotInServer,

    /// <summary>Used on a bot's or an app's message: there is nobody to check in on, nothing was sent.</summary>
    BotMessage,

    /// <summary>The server has no moderator channel: nothing was sent.</summary>
    NoModeratorChannel,

    /// <summary>Discord refused the post in the moderator channel: nothing was sent.</summary>
    ModeratorsUnreachable,
}
