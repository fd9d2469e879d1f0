namespace PainPalBot.Modules.CheckIns;

/// <summary>What happened to a check-in request.</summary>
public enum CheckInOutcome
{
    /// <summary>A new check-in was saved.</summary>
    Saved,

    /// <summary>An existing check-in was changed.</summary>
    Updated,

    /// <summary>A check-in was deleted.</summary>
    Deleted,

    /// <summary>A value was out of range or too long; nothing was saved.</summary>
    Invalid,

    /// <summary>There was nothing to change (no check-in today, or the record is gone).</summary>
    NotFound,

    /// <summary>The button or id belongs to someone else; nothing was changed.</summary>
    NotYours,

    /// <summary>The button is from an earlier day; nothing was changed.</summary>
    Stale,

    /// <summary>The request needs something switched on first (e.g. PEG-3 opt-in).</summary>
    NotEnabled,
}
