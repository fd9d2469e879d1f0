namespace PainPalBot.Modules.ServerSettings;

/// <summary>How crisis watch reaches the person who wrote crisis language.</summary>
public enum CrisisDmMode
{
    /// <summary>The private DM with helplines goes out at once; moderators are alerted too.</summary>
    Immediate = 0,

    /// <summary>Only the moderators are alerted; one of them presses "Send support DM" after a human look.</summary>
    AfterModerator = 1,
}
