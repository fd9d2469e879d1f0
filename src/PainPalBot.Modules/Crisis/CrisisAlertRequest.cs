namespace PainPalBot.Modules.Crisis;

/// <summary>One member's "Ask mods to check in" on an alert. Never shown to the alert's subject.</summary>
public sealed record CrisisAlertRequest
{
    /// <summary>Who asked; 0 once they deleted their data (the request still counts for the moderators).</summary>
    public ulong ReporterId { get; init; }

    /// <summary>When they asked.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>
    /// Whether the moderators may see who asked: the server's setting when they asked, and never when the subject
    /// may read the moderator channel. Kept per request because it is what the reporter was told.
    /// </summary>
    public bool Shown { get; init; }
}
