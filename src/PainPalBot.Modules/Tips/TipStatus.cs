namespace PainPalBot.Modules.Tips;

/// <summary>Where a tip is. Rejected tips are deleted, so they have no status.</summary>
public enum TipStatus
{
    /// <summary>Waiting for a moderator.</summary>
    Pending = 0,
    /// <summary>In the library.</summary>
    Approved = 1,
}
