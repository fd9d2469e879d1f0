using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.CheckIns;

/// <summary>The answer to a PEG-3 request: reply text, whether it was saved, and the entry.</summary>
public sealed record PegResult(CheckInOutcome Outcome, string Message, PegCheckIn? Peg = null) : IHealthData
{
    /// <summary>Ids only: this carries health data, which never reaches a log.</summary>
    public override string ToString() => $"PegResult {{ Outcome = {Outcome}, PegId = {Peg?.Id} }}";

    /// <summary>True when something was written.</summary>
    public bool Saved => Outcome is CheckInOutcome.Saved or CheckInOutcome.Updated;
}
