namespace PainPalBot.Modules.Crisis;

/// <summary>What raised a crisis alert: the detector, or a person using "Ask mods to check in".</summary>
public enum CrisisAlertSource
{
    /// <summary>Crisis watch read crisis language in a watched channel.</summary>
    Watch = 0,

    /// <summary>A member asked the moderators to check in on someone else's message.</summary>
    MemberRequest = 1,

    /// <summary>The author asked the moderators to check in with them, on their own message.</summary>
    SelfRequest = 2,
}
