namespace PainPalBot.Discord.Rest;

/// <summary>
/// The bot-wide request limit: at most N requests in any sliding window a little longer than a
/// second. A sliding window lets a quiet bot burst. Each request's place in the window is stamped
/// again when its answer arrives (<see cref="Complete"/>): Discord counted it at some moment
/// before that, so the window never reopens early however slow or uneven the network was.
/// A global 429 pauses everyone.
/// </summary>
internal sealed class GlobalRateLimiter : IDisposable
{
    /// <summary>Discord's one second, plus a little for timestamp rounding and clock rate differences.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1005);

    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly long[] _sent;
    private readonly long _windowTicks;
    private int _next;
    private long _pausedUntil;

    public GlobalRateLimiter(int requestsPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerSecond, 1);
        _time = time;
        _sent = new long[requestsPerSecond];
        _windowTicks = (long)(Window.TotalSeconds * time.TimestampFrequency);
        var start = time.GetTimestamp() - _windowTicks;
        Array.Fill(_sent, start);
    }

    /// <summary>Waits, in arrival order, until one more request fits the limit, and takes its place in the window.</summary>
    public async ValueTask<GlobalSlot> AcquireAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            while (true)
            {
                var now = _time.GetTimestamp();
                var slot = _next;
                var readyAt = Math.Max(Volatile.Read(ref _pausedUntil), Volatile.Read(ref _sent[slot]) + _windowTicks);
                if (readyAt <= now)
                {
                    Volatile.Write(ref _sent[slot], now);
                    _next = (slot + 1) % _sent.Length;
                    return new GlobalSlot(slot, now);
                }

                await Task.Delay(ToTimeSpan(readyAt - now), _time, ct);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Moves a request's place in the window to now, when its answer (or failure) has arrived.</summary>
    public void Complete(GlobalSlot slot)
    {
        // Only if the place is still this request's: a request slower than the whole window has already been overtaken.
        Interlocked.CompareExchange(ref _sent[slot.Index], _time.GetTimestamp(), slot.AcquiredAt);
    }

    /// <summary>Stops every non-exempt request until <paramref name="retryAfter"/> has passed (a global 429).</summary>
    public void PauseFor(TimeSpan retryAfter)
    {
        var until = _time.GetTimestamp() + (long)(retryAfter.TotalSeconds * _time.TimestampFrequency);
        long current;
        do
        {
            current = Volatile.Read(ref _pausedUntil);
            if (current >= until)
                return;
        }
        while (Interlocked.CompareExchange(ref _pausedUntil, until, current) != current);
    }

    public void Dispose() => _gate.Dispose();

    private TimeSpan ToTimeSpan(long timestampTicks) =>
        TimeSpan.FromSeconds((double)timestampTicks / _time.TimestampFrequency) + TimeSpan.FromMilliseconds(1);
}
