namespace PainPalBot.Sandbox.Api;

/// <summary>Move the sandbox clock forward (<c>POST /sandbox/api/clock</c>).</summary>
public sealed record ClockRequest
{
    /// <summary>Minutes to advance, 1 to 43,200 (30 days).</summary>
    public double AdvanceMinutes { get; init; }
}
