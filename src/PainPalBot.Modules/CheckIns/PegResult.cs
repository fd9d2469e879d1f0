namespace PainPalBot.Modules.CheckIns;

/// <summary>The answer to a PEG-3 request: reply text, whether it was saved, and the entry.</summary>
public sealed record PegResult(CheckInOutcome Outcome, string Message, PegCheckIn? Peg = null)
{
    /// <summary>True when something was written.</summary>
    public bool Saved => Outcome is CheckInOutcome.Saved or CheckInOutcome.Updated;
}
