using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using PainPalBot.Discord.Gateway;

namespace PainPalBot.FakeDiscord;

/// <summary>
/// One WebSocket connection a client opened to the fake gateway: what it sent (identify, resume, heartbeats,
/// its close code) and levers to misbehave the way Discord sometimes does (drop, close codes, op 7, op 9,
/// withheld ACKs, messages split into many frames).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The SemaphoreSlim never allocates a wait handle; the connection's lifetime is the request's.")]
public sealed class GatewaySession
{
    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly List<GatewayHeartbeat> _heartbeats = [];
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _resumed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _live;
    private volatile bool _serverClosed;

    internal GatewaySession(WebSocket socket, HttpContext context, int number, bool ackHeartbeats, int maxFrameBytes)
    {
        _socket = socket;
        _context = context;
        Number = number;
        Query = context.Request.QueryString.Value ?? "";
        ConnectedToResumeUrl = context.Request.Query["resume"] == "1";
        AckHeartbeats = ackHeartbeats;
        MaxFrameBytes = maxFrameBytes;
    }

    internal AsyncSignal Changed { get; } = new();

    /// <summary>1 for the first connection to this fake, 2 for the next, and so on.</summary>
    public int Number { get; }

    /// <summary>The query string the client connected with, e.g. <c>?v=10&amp;encoding=json</c>.</summary>
    public string Query { get; }

    /// <summary>Whether the client connected to the <c>resume_gateway_url</c> READY gave it.</summary>
    public bool ConnectedToResumeUrl { get; }

    /// <summary>Whether heartbeats get an op 11 ACK; turn off to make the connection look like a zombie.</summary>
    public bool AckHeartbeats { get; set; }

    /// <summary>When above 0, every message to the client is split into WebSocket frames of at most this many bytes.</summary>
    public int MaxFrameBytes { get; set; }

    /// <summary>The IDENTIFY the client sent on this connection, if any.</summary>
    public IdentifyPayload? Identify { get; internal set; }

    /// <summary>The RESUME the client sent on this connection, if any.</summary>
    public ResumePayload? Resume { get; internal set; }

    /// <summary>The session this connection serves, after READY or a successful resume.</summary>
    public string? SessionId { get; internal set; }

    /// <summary>The close code of a close the client started (not its echo of ours); null otherwise.</summary>
    public int? ClientCloseCode { get; private set; }

    /// <summary>Heartbeats received so far.</summary>
    public IReadOnlyList<GatewayHeartbeat> Heartbeats
    {
        get { lock (_heartbeats) return [.. _heartbeats]; }
    }

    /// <summary>Completes when READY was sent on this connection.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Completes when RESUMED was sent on this connection (after the replay).</summary>
    public Task Resumed => _resumed.Task;

    /// <summary>Completes when the connection is over, however it ended.</summary>
    public Task Ended => _ended.Task;

    /// <summary>Whether dispatches go to this connection now.</summary>
    public bool IsLive => _live;

    /// <summary>Waits until <paramref name="count"/> heartbeats arrived on this connection and returns the last of them.</summary>
    public async Task<GatewayHeartbeat> WaitForHeartbeatAsync(int count = 1, CancellationToken ct = default)
    {
        await Changed.WaitUntilAsync(() => Heartbeats.Count >= count, $"heartbeat {count} on gateway connection {Number}", ct: ct);
        return Heartbeats[count - 1];
    }

    /// <summary>Cuts the TCP connection without a close frame, as a network failure would.</summary>
    public Task DropAsync()
    {
        _live = false;
        Abort();
        return Task.CompletedTask;
    }

    /// <summary>Closes the connection with a gateway close code (e.g. 4000, 4007, 4009, 4004, 4014).</summary>
    public async Task CloseAsync(int closeCode, string reason = "", CancellationToken ct = default)
    {
        _live = false;
        _serverClosed = true;
        if (closeCode is 4007 or 4009 || closeCode is 4004 or (>= 4010 and <= 4014))
            OnSessionInvalidated?.Invoke(this);
        await _sendLock.WaitAsync(ct);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, ct);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends op 7 RECONNECT: the client should reconnect and resume.</summary>
    public Task SendReconnectAsync(CancellationToken ct = default)
    {
        _live = false;
        return SendTextAsync("""{"op":7,"d":null}""", ct);
    }

    /// <summary>Sends op 9 INVALID_SESSION with <c>d</c> = <paramref name="resumable"/>; false also invalidates the session.</summary>
    public Task SendInvalidSessionAsync(bool resumable, CancellationToken ct = default)
    {
        _live = false;
        if (!resumable)
            OnSessionInvalidated?.Invoke(this);
        return SendTextAsync(resumable ? """{"op":9,"d":true}""" : """{"op":9,"d":false}""", ct);
    }

    /// <summary>Sends op 1 HEARTBEAT: the client must heartbeat at once.</summary>
    public Task RequestHeartbeatAsync(CancellationToken ct = default) => SendTextAsync("""{"op":1,"d":null}""", ct);

    /// <summary>Sends raw JSON as one message (split by <see cref="MaxFrameBytes"/>).</summary>
    public async Task SendTextAsync(string json, CancellationToken ct = default)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        await _sendLock.WaitAsync(ct);
        try
        {
            var frame = MaxFrameBytes > 0 ? MaxFrameBytes : bytes.Length;
            var offset = 0;
            do
            {
                var length = Math.Min(frame, bytes.Length - offset);
                await _socket.SendAsync(bytes.AsMemory(offset, length), WebSocketMessageType.Text, endOfMessage: offset + length == bytes.Length, ct);
                offset += length;
            }
            while (offset < bytes.Length);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Called when a lever ends the session for good (op 9 false, close 4007/4009).</summary>
    internal Action<GatewaySession>? OnSessionInvalidated { get; set; }

    internal WebSocket Socket => _socket;

    internal bool ServerClosed => _serverClosed;

    internal void SetLive(bool live) => _live = live;

    internal void AddHeartbeat(GatewayHeartbeat heartbeat)
    {
        lock (_heartbeats)
            _heartbeats.Add(heartbeat);
        Changed.Pulse();
    }

    internal void RecordClientClose(int? code)
    {
        if (!_serverClosed)
            ClientCloseCode = code;
        _live = false;
        Changed.Pulse();
    }

    internal void MarkReady() => _ready.TrySetResult();

    internal void MarkResumed() => _resumed.TrySetResult();

    internal void MarkEnded()
    {
        _live = false;
        _ended.TrySetResult();
        Changed.Pulse();
    }

    internal void Abort()
    {
        if (_ended.Task.IsCompleted)
            return;
        try
        {
            _context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already finished.
        }
    }
}
