using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Models;

namespace PainPalBot.FakeDiscord;

/// <summary>
/// The gateway half: a WebSocket endpoint at <c>/gateway</c> that speaks Discord's gateway protocol (HELLO,
/// IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs, RESUME with replay of every missed dispatch (or of a bounded
/// window, <see cref="FakeDiscordOptions.GatewayReplayWindow"/>), close codes for
/// protocol errors) and the test API to dispatch events and to misbehave.
/// </summary>
public sealed partial class FakeDiscord
{
    private const int MessageContentIntent = 1 << 15;

    private readonly Lock _gatewayLock = new();
    private readonly SemaphoreSlim _dispatchLock = new(1, 1);
    private readonly AsyncSignal _gatewayChanged = new();
    private readonly List<GatewaySession> _gatewayConnections = [];
    private readonly List<IdentifyPayload> _identifies = [];
    private readonly List<ResumePayload> _resumes = [];
    private readonly List<GatewaySession> _readies = [];
    private readonly List<GatewaySession> _resumeds = [];
    private readonly Dictionary<string, FakeGatewaySessionState> _gatewaySessions = [];
    private readonly List<(string Type, string Json)> _pendingDispatches = [];
    private FakeGatewaySessionState? _currentGatewaySession;

    /// <summary>The gateway URL <c>GET /gateway/bot</c> reports: <c>ws://127.0.0.1:port/gateway</c>.</summary>
    public Uri GatewayUrl => new UriBuilder(BaseUrl) { Scheme = "ws", Path = "/gateway" }.Uri;

    /// <summary>The <c>resume_gateway_url</c> READY carries: the same endpoint, marked so tests see where a client resumed.</summary>
    public Uri GatewayResumeUrl => new UriBuilder(BaseUrl) { Scheme = "ws", Path = "/gateway", Query = "resume=1" }.Uri;

    /// <summary>The clock heartbeats are stamped with and the 120-per-minute send limit is counted on.</summary>
    public TimeProvider GatewayTimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Whether the privileged Message Content intent is enabled "in the developer portal"; when false, identifying with it closes 4014.</summary>
    public bool MessageContentIntentEnabled { get; set; } = true;

    /// <summary>Whether new connections ACK heartbeats (each <see cref="GatewaySession.AckHeartbeats"/> can change it).</summary>
    public bool AckGatewayHeartbeats { get; set; } = true;

    /// <summary>Frame size for new connections (see <see cref="GatewaySession.MaxFrameBytes"/>); 0 sends each message in one frame.</summary>
    public int GatewayMaxFrameBytes { get; set; }

    /// <summary>Whether READY is followed by a GUILD_CREATE for <see cref="FakeDiscordOptions.GuildId"/>, as Discord does.</summary>
    public bool SendGuildCreateAfterReady { get; set; } = true;

    /// <summary>Every connection opened, in order.</summary>
    public IReadOnlyList<GatewaySession> GatewayConnections
    {
        get { lock (_gatewayLock) return [.. _gatewayConnections]; }
    }

    /// <summary>The connection dispatches go to now, if one is live.</summary>
    public GatewaySession? CurrentGatewaySession
    {
        get { lock (_gatewayLock) return _currentGatewaySession?.Live; }
    }

    /// <summary>Every IDENTIFY received.</summary>
    public IReadOnlyList<IdentifyPayload> GatewayIdentifies
    {
        get { lock (_gatewayLock) return [.. _identifies]; }
    }

    /// <summary>Every RESUME received, successful or not.</summary>
    public IReadOnlyList<ResumePayload> GatewayResumes
    {
        get { lock (_gatewayLock) return [.. _resumes]; }
    }

    /// <summary>How many IDENTIFYs were received.</summary>
    public int GatewayIdentifyCount => GatewayIdentifies.Count;

    /// <summary>How many RESUMEs were received.</summary>
    public int GatewayResumeCount => GatewayResumes.Count;

    /// <summary>How many heartbeats arrived, over all connections.</summary>
    public int GatewayHeartbeatCount => GatewayConnections.Sum(c => c.Heartbeats.Count);

    /// <summary>Waits for the <paramref name="number"/>-th connection (1-based) to open.</summary>
    public async Task<GatewaySession> WaitForGatewayConnectionAsync(int number = 1, CancellationToken ct = default)
    {
        await _gatewayChanged.WaitUntilAsync(() => GatewayConnections.Count >= number, $"gateway connection {number}", ct: ct);
        return GatewayConnections[number - 1];
    }

    /// <summary>Waits until READY was sent <paramref name="count"/> times and returns the connection of the last.</summary>
    public async Task<GatewaySession> WaitForReadyAsync(int count = 1, CancellationToken ct = default)
    {
        await _gatewayChanged.WaitUntilAsync(() => { lock (_gatewayLock) return _readies.Count >= count; }, $"READY {count}", ct: ct);
        lock (_gatewayLock)
            return _readies[count - 1];
    }

    /// <summary>Waits until RESUMED was sent <paramref name="count"/> times and returns the connection of the last.</summary>
    public async Task<GatewaySession> WaitForResumedAsync(int count = 1, CancellationToken ct = default)
    {
        await _gatewayChanged.WaitUntilAsync(() => { lock (_gatewayLock) return _resumeds.Count >= count; }, $"RESUMED {count}", ct: ct);
        lock (_gatewayLock)
            return _resumeds[count - 1];
    }

    /// <summary>
    /// Dispatches an event (op 0) to the client with the next sequence number, e.g.
    /// <c>DispatchAsync("INTERACTION_CREATE", json)</c>. Returns once sent; with no live connection the event
    /// waits in the session and is replayed on resume (or, before any session, sent after READY).
    /// </summary>
    public async Task DispatchAsync(string eventType, string json, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        ArgumentException.ThrowIfNullOrEmpty(json);
        await _dispatchLock.WaitAsync(ct);
        try
        {
            FakeGatewaySessionState? state;
            lock (_gatewayLock)
                state = _currentGatewaySession is { Invalidated: false } current ? current : null;
            if (state is null)
            {
                lock (_gatewayLock)
                {
                    _pendingDispatches.Add((eventType, json));
                    if (Options.GatewayReplayWindow > 0 && _pendingDispatches.Count > Options.GatewayReplayWindow)
                        _pendingDispatches.RemoveRange(0, _pendingDispatches.Count - Options.GatewayReplayWindow);
                }
                return;
            }
            await AppendAndSendAsync(state, eventType, json, null, ct);
        }
        finally
        {
            _dispatchLock.Release();
        }
    }

    /// <summary>Dispatches an event whose data is a JSON node.</summary>
    public Task DispatchAsync(string eventType, JsonNode data, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        return DispatchAsync(eventType, data.ToJsonString(), ct);
    }

    /// <summary>Dispatches a wire model (Interaction, Message, Guild…) serialized as Discord would.</summary>
    public Task DispatchAsync(string eventType, object data, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        return DispatchAsync(eventType, JsonSerializer.Serialize(data, DiscordJsonContext.Default.GetTypeInfo(data.GetType())
            ?? throw new ArgumentException($"{data.GetType().Name} is not in DiscordJsonContext.", nameof(data))), ct);
    }

    /// <summary>Ends every session as if it timed out on Discord's side, without telling the client: its next RESUME gets op 9 false.</summary>
    public void ExpireGatewaySessions()
    {
        lock (_gatewayLock)
        {
            foreach (var state in _gatewaySessions.Values)
                state.Invalidated = true;
        }
    }

    partial void MapGateway(WebApplication app) => app.Map("/gateway", HandleGatewayAsync);

    partial void DisposeGateway()
    {
        foreach (var connection in GatewayConnections)
            connection.Abort();
    }

    private async Task HandleGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        GatewaySession connection;
        lock (_gatewayLock)
        {
            connection = new GatewaySession(socket, context, _gatewayConnections.Count + 1, AckGatewayHeartbeats, GatewayMaxFrameBytes)
            {
                OnSessionInvalidated = InvalidateSessionOf,
            };
            _gatewayConnections.Add(connection);
        }
        _gatewayChanged.Pulse();
        try
        {
            if (context.Request.Query["v"] != "10" || context.Request.Query["encoding"] != "json")
                await connection.CloseAsync(4012, "Invalid API version");
            else
                await connection.SendTextAsync($$$"""{"op":10,"d":{"heartbeat_interval":{{{Options.HeartbeatIntervalMs}}}}}""", context.RequestAborted);
            await ReceiveFromClientAsync(connection, context.RequestAborted);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException)
        {
            // Dropped, aborted or disposed: the connection is over either way.
        }
        finally
        {
            lock (_gatewayLock)
            {
                foreach (var state in _gatewaySessions.Values.Where(s => s.Live == connection))
                    state.Live = null;
            }
            connection.MarkEnded();
            _gatewayChanged.Pulse();
        }
    }

    private async Task ReceiveFromClientAsync(GatewaySession connection, CancellationToken ct)
    {
        var socket = connection.Socket;
        var chunk = new byte[8 * 1024];
        using var message = new MemoryStream();
        var sentAt = new Queue<long>();
        while (true)
        {
            message.SetLength(0);
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(chunk.AsMemory(), ct);
                message.Write(chunk, 0, result.Count);
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                var code = socket.CloseStatus is { } status ? (int)status : (int?)null;
                connection.RecordClientClose(code);
                // 1000/1001 end the session (events/gateway#initiating-a-disconnect).
                if (!connection.ServerClosed && code is 1000 or 1001)
                    InvalidateSessionOf(connection);
                if (socket.State == WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync(socket.CloseStatus ?? WebSocketCloseStatus.Empty, null, ct);
                return;
            }
            if (connection.ServerClosed)
                continue;
            if (message.Length > 4096)
            {
                await connection.CloseAsync(4002, "Payload too large", ct);
                continue;
            }
            var now = GatewayTimeProvider.GetTimestamp();
            while (sentAt.Count > 0 && GatewayTimeProvider.GetElapsedTime(sentAt.Peek(), now) >= TimeSpan.FromSeconds(60))
                sentAt.Dequeue();
            sentAt.Enqueue(now);
            if (sentAt.Count > 120)
            {
                await connection.CloseAsync(4008, "Rate limited", ct);
                continue;
            }
            await HandleClientPayloadAsync(connection, message.GetBuffer().AsMemory(0, (int)message.Length), ct);
        }
    }

    private async Task HandleClientPayloadAsync(GatewaySession connection, ReadOnlyMemory<byte> utf8, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            await connection.CloseAsync(4002, "Decode error", ct);
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            var op = root.TryGetProperty("op", out var opElement) && opElement.TryGetInt32(out var value) ? value : -1;
            root.TryGetProperty("d", out var data);
            var authenticated = connection.Identify is not null || connection.SessionId is not null;
            switch (op)
            {
                case 1:
                    // ACK first, record second: a test that saw the heartbeat knows its ACK is already on the wire.
                    var heartbeat = new GatewayHeartbeat(data.ValueKind == JsonValueKind.Number ? data.GetInt32() : null, GatewayTimeProvider.GetUtcNow());
                    if (connection.AckHeartbeats)
                        await connection.SendTextAsync("""{"op":11}""", ct);
                    ForgetConfirmed(connection, heartbeat.Sequence);
                    connection.AddHeartbeat(heartbeat);
                    break;
                case 2:
                    await IdentifyAsync(connection, data.Deserialize(DiscordJsonContext.Default.IdentifyPayload)!, ct);
                    break;
                case 6:
                    await ResumeAsync(connection, data.Deserialize(DiscordJsonContext.Default.ResumePayload)!, ct);
                    break;
                case 3 or 4 or 8:
                    if (!authenticated)
                        await connection.CloseAsync(4003, "Not authenticated", ct);
                    break;
                default:
                    await connection.CloseAsync(4001, "Unknown opcode", ct);
                    break;
            }
        }
    }

    private async Task IdentifyAsync(GatewaySession connection, IdentifyPayload identify, CancellationToken ct)
    {
        lock (_gatewayLock)
            _identifies.Add(identify);
        _gatewayChanged.Pulse();
        if (connection.Identify is not null || connection.Resume is not null)
        {
            await connection.CloseAsync(4005, "Already authenticated", ct);
            return;
        }
        connection.Identify = identify;
        if (identify.Token != Token)
        {
            await connection.CloseAsync(4004, "Authentication failed", ct);
            return;
        }
        if (((int)identify.Intents & MessageContentIntent) != 0 && !MessageContentIntentEnabled)
        {
            await connection.CloseAsync(4014, "Disallowed intent(s)", ct);
            return;
        }
        if (identify.Shard is { } shard && (shard.Length != 2 || shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]))
        {
            await connection.CloseAsync(4010, "Invalid shard", ct);
            return;
        }

        await _dispatchLock.WaitAsync(ct);
        try
        {
            var state = new FakeGatewaySessionState(Guid.NewGuid().ToString("N"));
            List<(string Type, string Json)> pending;
            lock (_gatewayLock)
            {
                _gatewaySessions[state.Id] = state;
                _currentGatewaySession = state;
                pending = [.. _pendingDispatches];
                _pendingDispatches.Clear();
            }
            connection.SessionId = state.Id;
            var ready = new JsonObject
            {
                ["v"] = 10,
                ["user"] = new JsonObject
                {
                    ["id"] = BotUserId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["username"] = Options.BotUsername,
                    ["discriminator"] = "0",
                    ["bot"] = true,
                },
                ["guilds"] = new JsonArray(new JsonObject { ["id"] = Options.GuildId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["unavailable"] = true }),
                ["session_id"] = state.Id,
                ["resume_gateway_url"] = GatewayResumeUrl.ToString(),
                ["shard"] = identify.Shard is { } s ? new JsonArray(s[0], s[1]) : null,
                ["application"] = new JsonObject { ["id"] = ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["flags"] = 0 },
            };
            await AppendAndSendAsync(state, "READY", ready.ToJsonString(), connection, ct);
            if (SendGuildCreateAfterReady)
                await AppendAndSendAsync(state, "GUILD_CREATE", GuildCreateJson(), connection, ct);
            foreach (var (type, json) in pending)
                await AppendAndSendAsync(state, type, json, connection, ct);
            lock (_gatewayLock)
            {
                state.Live = connection;
                _readies.Add(connection);
            }
            connection.SetLive(true);
            connection.MarkReady();
        }
        finally
        {
            _dispatchLock.Release();
        }
        _gatewayChanged.Pulse();
    }

    private async Task ResumeAsync(GatewaySession connection, ResumePayload resume, CancellationToken ct)
    {
        lock (_gatewayLock)
            _resumes.Add(resume);
        _gatewayChanged.Pulse();
        if (connection.Identify is not null || connection.Resume is not null)
        {
            await connection.CloseAsync(4005, "Already authenticated", ct);
            return;
        }
        connection.Resume = resume;
        if (resume.Token != Token)
        {
            await connection.CloseAsync(4004, "Authentication failed", ct);
            return;
        }

        await _dispatchLock.WaitAsync(ct);
        try
        {
            FakeGatewaySessionState? state;
            lock (_gatewayLock)
                state = _gatewaySessions.GetValueOrDefault(resume.SessionId);
            if (state is null || state.Invalidated)
            {
                await connection.SendTextAsync("""{"op":9,"d":false}""", ct);
                return;
            }
            if ((resume.Seq ?? 0) > state.Sequence)
            {
                await connection.CloseAsync(4007, "Invalid seq", ct);
                return;
            }
            if ((resume.Seq ?? 0) < state.Forgotten)
            {
                // Some of what it missed is no longer kept: as when Discord can no longer resume a session.
                lock (_gatewayLock)
                    state.Invalidated = true;
                await connection.SendTextAsync("""{"op":9,"d":false}""", ct);
                return;
            }
            List<string> missed;
            lock (_gatewayLock)
            {
                state.Live = null;
                missed = [.. state.Log.Where(e => e.Sequence > (resume.Seq ?? 0)).Select(e => e.Payload)];
            }
            foreach (var payload in missed)
                await connection.SendTextAsync(payload, ct);
            await connection.SendTextAsync("""{"op":0,"s":null,"t":"RESUMED","d":{}}""", ct);
            connection.SessionId = state.Id;
            lock (_gatewayLock)
            {
                state.Live = connection;
                _currentGatewaySession = state;
                _resumeds.Add(connection);
            }
            connection.SetLive(true);
            connection.MarkResumed();
        }
        finally
        {
            _dispatchLock.Release();
        }
        _gatewayChanged.Pulse();
    }

    // Callers hold _dispatchLock, so sequence numbers and the order on the wire agree.
    private async Task AppendAndSendAsync(FakeGatewaySessionState state, string eventType, string json, GatewaySession? to, CancellationToken ct)
    {
        string payload;
        GatewaySession? live;
        lock (_gatewayLock)
        {
            var sequence = ++state.Sequence;
            payload = $$$"""{"op":0,"s":{{{sequence}}},"t":{{{JsonSerializer.Serialize(eventType, DiscordJsonContext.Default.String)}}},"d":{{{json}}}}""";
            state.Log.Add((sequence, payload));
            if (Options.GatewayReplayWindow > 0 && state.Log.Count > Options.GatewayReplayWindow)
                Forget(state, state.Log.Count - Options.GatewayReplayWindow);
            live = to ?? (state.Live is { IsLive: true } l ? l : null);
        }
        if (live is null)
            return;
        try
        {
            await live.SendTextAsync(payload, ct);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // Lost on the wire: still in the log, so a resume replays it, as Discord does.
        }
    }

    /// <summary>
    /// With a replay window, lets go of the dispatches a heartbeat confirmed: its <c>d</c> is the last sequence the
    /// client received, and a resume only asks for what came after the sequence it last received.
    /// </summary>
    private void ForgetConfirmed(GatewaySession connection, int? confirmed)
    {
        if (Options.GatewayReplayWindow <= 0 || confirmed is not { } sequence || connection.SessionId is not { } id)
            return;
        lock (_gatewayLock)
        {
            if (!_gatewaySessions.TryGetValue(id, out var state))
                return;
            var count = state.Log.FindIndex(e => e.Sequence > sequence);
            Forget(state, count < 0 ? state.Log.Count : count);
        }
    }

    // Callers hold _gatewayLock.
    private static void Forget(FakeGatewaySessionState state, int count)
    {
        if (count <= 0)
            return;
        state.Forgotten = Math.Max(state.Forgotten, state.Log[count - 1].Sequence);
        state.Log.RemoveRange(0, count);
    }

    private void InvalidateSessionOf(GatewaySession connection)
    {
        lock (_gatewayLock)
        {
            if (connection.SessionId is { } id && _gatewaySessions.TryGetValue(id, out var state))
                state.Invalidated = true;
        }
    }

    private string GuildCreateJson() => new JsonObject
    {
        ["id"] = Options.GuildId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["name"] = "Fake Guild",
        ["owner_id"] = "1",
        ["unavailable"] = false,
        ["roles"] = new JsonArray(new JsonObject
        {
            ["id"] = Options.GuildId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = "@everyone",
            ["permissions"] = "0",
            ["position"] = 0,
        }),
        ["channels"] = new JsonArray(),
    }.ToJsonString();
}
