using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.CheckIns;

/// <summary>
/// The answer to a check-in request: the kind text to reply with (ephemeral or in DMs only, since it
/// may echo health data), whether anything was saved, and the check-in as it now stands.
/// </summary>
public sealed record CheckInResult(CheckInOutcome Outcome, string Message, CheckIn? CheckIn = null) : IHealthData
{
    /// <summary>Ids only: this carries health data, which never reaches a log.</summary>
    public override string ToString() => $"CheckInResult {{ Outcome = {Outcome}, CheckInId = {CheckIn?.Id} }}";

    /// <summary>True when something was written (saved, updated or deleted).</summary>
    public bool Saved => Outcome is CheckInOutcome.Saved or CheckInOutcome.Updated or CheckInOutcome.Deleted;
}
