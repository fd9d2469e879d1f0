namespace PainPalBot.Discord.Gateway;

/// <summary>
/// Discord's send limit of 120 payloads per connection per 60 seconds (events/gateway#rate-limiting), as a
/// sliding window. A few slots are kept for heartbeats, which are never held back: a late heartbeat costs
/// the connection.
/// </summary>
internal sealed class GatewaySendLimiter
{
    public const int Limit = 120;
    public const int ReservedForHeartbeats = 5;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly Queue<long> _sentAt = new();
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;

    public GatewaySendLimiter(TimeProvider time) => _time = time;

    /// <summary>Waits until a payload may be sent and counts it; a heartbeat never waits.</summary>
    public async ValueTask WaitAsync(bool heartbeat, CancellationToken ct = default)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = _time.GetTimestamp();
                while (_sentAt.Count > 0 && _time.GetElapsedTime(_sentAt.Peek(), now) >= Window)
                    _sentAt.Dequeue();
                if (heartbeat || _sentAt.Count < Limit - ReservedForHeartbeats)
                {
                    _sentAt.Enqueue(now);
                    return;
                }
                wait = Window - _time.GetElapsedTime(_sentAt.Peek(), now);
            }
            await Task.Delay(wait, _time, ct);
        }
    }
}
