using System.Net.WebSockets;

namespace PainPalBot.Discord.Gateway;

/// <summary>One WebSocket connection to the gateway and what belongs to it alone: send lock, send limit, heartbeat state.</summary>
internal sealed class GatewayConnection : IDisposable
{
    private volatile bool _awaitingAck;
    private volatile bool _zombie;

    public GatewayConnection(TimeProvider time, bool resuming)
    {
        Limiter = new GatewaySendLimiter(time);
        Cancellation = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        Resuming = resuming;
    }

    public ClientWebSocket Socket { get; } = new();

    public SemaphoreSlim SendLock { get; } = new(1, 1);

    public GatewaySendLimiter Limiter { get; }

    /// <summary>Cancelled when the connection is over, for whatever reason.</summary>
    public CancellationTokenSource Cancellation { get; }

    /// <summary>Whether this connection resumes a session rather than identifying.</summary>
    public bool Resuming { get; }

    public Task HeartbeatTask { get; set; } = Task.CompletedTask;

    /// <summary>A heartbeat was sent and its ACK has not come yet.</summary>
    public bool AwaitingAck { get => _awaitingAck; set => _awaitingAck = value; }

    /// <summary>The heartbeat loop gave up on the connection: no ACK between two heartbeats.</summary>
    public bool Zombie { get => _zombie; set => _zombie = value; }

    public long HeartbeatSentAt { get; set; }

    public void Dispose()
    {
        Cancellation.Dispose();
        Socket.Dispose();
        SendLock.Dispose();
    }
}
