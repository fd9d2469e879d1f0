namespace PainPalBot.Sandbox;

/// <summary>
/// The bot's clock in sandbox mode: real time plus an offset a person can advance from the page, so
/// tomorrow's reminder arrives now. Timers and timestamps stay on real time; only "now" moves.
/// </summary>
public sealed class SandboxClock : TimeProvider
{
    private readonly TimeProvider _real;
    private long _offsetTicks;

    /// <summary>Creates a clock on real time.</summary>
    public SandboxClock()
        : this(System)
    {
    }

    /// <summary>Creates a clock on another clock (tests pass a fake one).</summary>
    public SandboxClock(TimeProvider real)
    {
        ArgumentNullException.ThrowIfNull(real);
        _real = real;
    }

    /// <summary>How far the sandbox is ahead of real time.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _real.GetUtcNow() + Offset;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    /// <summary>Moves "now" forward; time never goes back.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}
