using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;

using PainPalBot.Discord.Internal;

namespace PainPalBot.Discord.Gateway;

/// <summary>
/// A connection to Discord's gateway (API v10, JSON) that stays up: it heartbeats, resumes after every
/// resumable loss, identifies anew when the session is gone, and stops with one clear log line when Discord
/// refuses the bot for good. Events reach handlers on their own task, in order, so a slow or failing handler
/// never stalls the connection. Names follow Discord.Net's <c>DiscordSocketClient</c>.
/// </summary>
public sealed class GatewayClient : IAsyncDisposable
{
    private const string LibraryName = "PainPalBot.Discord";

    // Any close code but 1000/1001 keeps the session resumable (events/gateway#initiating-a-disconnect).
    private const int ResumableCloseCode = GatewayCloseCodes.UnknownError;

    private static readonly TimeSpan SlowHandlerThreshold = TimeSpan.FromSeconds(3);

    // How long a close we started may wait for the gateway's answering close frame. Aborting at once would
    // reset the TCP connection and the gateway might never read our close code.
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

    private readonly IDiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<GatewayClient> _log;
    private readonly GatewayClientOptions _gateway;
    private readonly System.Threading.Channels.Channel<GatewayDispatch> _events = System.Threading.Channels.Channel.CreateUnbounded<GatewayDispatch>(new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly HashSet<ulong> _knownGuilds = [];

    private Task? _runTask;
    private Task? _dispatchTask;
    private volatile GatewayConnection? _connection;
    private volatile ConnectionState _state;
    private volatile bool _stopping;
    private bool _disposed;
    private bool _stopSourceDisposed;

    private Uri? _gatewayUrl;
    private GatewayBotInfo? _gatewayInfo;
    private long _gatewayInfoAt;
    private int _identifiesLeft = int.MaxValue;
    private long? _lastIdentifyAt;
    private string? _sessionId;
    private Uri? _resumeUrl;
    private bool _resumeUrlFailed;
    private int _lastSequence = -1;
    private int _failures;
    private int _latency;

    /// <summary>Creates the client; nothing connects until <see cref="StartAsync"/>.</summary>
    public GatewayClient(IDiscordRestClient rest, IOptions<DiscordOptions> options, TimeProvider time, ILogger<GatewayClient> log, GatewayClientOptions? gatewayOptions = null)
    {
        ArgumentNullException.ThrowIfNull(rest);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(log);
        _rest = rest;
        _options = options.Value;
        _time = time;
        _log = log;
        _gateway = gatewayOptions ?? new GatewayClientOptions();
    }

    /// <summary>READY: a new session started.</summary>
    public event Func<ReadyEvent, Task>? Ready;

    /// <summary>RESUMED: a session was resumed and the missed events were replayed.</summary>
    public event Func<Task>? Resumed;

    /// <summary>INTERACTION_CREATE.</summary>
    public event Func<Interaction, Task>? InteractionCreated;

    /// <summary>MESSAGE_CREATE.</summary>
    public event Func<Message, Task>? MessageReceived;

    /// <summary>GUILD_CREATE for a guild the bot was not in: it was just added.</summary>
    public event Func<Guild, Task>? JoinedGuild;

    /// <summary>GUILD_CREATE for a guild the bot was already in (READY's list, or after an outage or reconnect).</summary>
    public event Func<Guild, Task>? GuildAvailable;

    /// <summary>GUILD_DELETE with <c>unavailable: true</c>: an outage, the bot is still a member.</summary>
    public event Func<Guild, Task>? GuildUnavailable;

    /// <summary>GUILD_DELETE without <c>unavailable</c>: the bot was removed or the guild deleted.</summary>
    public event Func<Guild, Task>? LeftGuild;

    /// <summary>A connection was lost: a <see cref="GatewayCloseException"/> with the close code, a <see cref="GatewayReconnectException"/>, or the socket error.</summary>
    public event Func<Exception, Task>? Disconnected;

    /// <summary>Where the connection stands.</summary>
    public ConnectionState ConnectionState => _state;

    /// <summary>The current session id, once READY arrived.</summary>
    public string? SessionId => Volatile.Read(ref _sessionId);

    /// <summary>The bot user, from READY.</summary>
    public User? CurrentUser { get; private set; }

    /// <summary>The application id, from READY's <c>application.id</c>.</summary>
    public ulong? ApplicationId { get; private set; }

    /// <summary>Milliseconds between the last heartbeat and its ACK.</summary>
    public int Latency => Volatile.Read(ref _latency);

    /// <summary>The intents this client identifies with.</summary>
    public GatewayIntents Intents =>
        GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages
        | (_options.MessageContentIntent ? GatewayIntents.MessageContent : GatewayIntents.None);

    /// <summary>Completes when the client has stopped: after <see cref="StopAsync"/>, or when Discord refused it for good (see <see cref="FatalError"/>).</summary>
    public Task Stopped => _stopped.Task;

    /// <summary>The close that stopped the client (4004, 4010–4014), or null.</summary>
    public GatewayCloseException? FatalError { get; private set; }

    /// <summary>When the next scheduled heartbeat is due (for diagnostics and tests).</summary>
    internal DateTimeOffset? NextHeartbeatAt { get; private set; }

    /// <summary>Connects in the background and returns at once; wait for <see cref="Ready"/> to know the session is up. A client starts once.</summary>
    public Task StartAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(_options.Token))
            throw new InvalidOperationException("Discord:Token is not set; the gateway cannot identify without the bot token.");
        if (_runTask is not null)
            throw new InvalidOperationException("The gateway client was already started.");
        _state = ConnectionState.Connecting;
        _dispatchTask = Task.Run(DispatchLoopAsync, CancellationToken.None);
        _runTask = Task.Run(() => RunAsync(_stop.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Closes the connection with 1000 (the session ends, the bot shows offline) and lets queued handlers finish.</summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        if (_runTask is null || _dispatchTask is null || _stopSourceDisposed)
            return;
        _stopping = true;
        if (_state != ConnectionState.Disconnected)
            _state = ConnectionState.Disconnecting;
        try
        {
            if (_connection is { } connection)
            {
                // 1000 ends the session; the receive loop ends when the gateway answers the close.
                await CloseAsync(connection, (int)WebSocketCloseStatus.NormalClosure, "Stopping", ct);
                try
                {
                    await _runTask.WaitAsync(CloseHandshakeTimeout, _time, ct);
                }
                catch (TimeoutException)
                {
                }
            }
        }
        finally
        {
            // Even when the caller gives up waiting, the connection loop must not carry on.
            if (!_stop.IsCancellationRequested)
                await _stop.CancelAsync();
        }
        await _runTask.WaitAsync(ct);
        _events.Writer.TryComplete();
        await _dispatchTask.WaitAsync(ct);
    }

    /// <summary>
    /// Stops the client, waiting at most <see cref="GatewayClientOptions.DisposeWait"/> for running handlers: disposal never
    /// hangs on a handler that does not return (call <see cref="StopAsync"/> first to wait longer).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        // Real time on purpose: this bound must hold even when the client runs on a test clock that stands still.
        using (var bound = new CancellationTokenSource(_gateway.DisposeWait))
        {
            try
            {
                await StopAsync(bound.Token);
            }
            catch (OperationCanceledException) when (bound.IsCancellationRequested)
            {
                GatewayLog.HandlersAbandoned(_log, _gateway.DisposeWait.TotalSeconds);
            }
        }
        _events.Writer.TryComplete();
        _stopSourceDisposed = true;
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested && !_stopping)
            {
                ConnectionEnd end;
                var resuming = _sessionId is not null;
                try
                {
                    Uri url;
                    if (resuming)
                    {
                        url = (!_resumeUrlFailed ? _resumeUrl : null) ?? _gatewayUrl ?? await FetchGatewayAsync(stop);
                    }
                    else
                    {
                        await WaitToIdentifyAsync(stop);
                        url = _gatewayUrl!;
                    }
                    end = await RunConnectionAsync(url, resuming, stop);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    break;
                }
#pragma warning disable CA1031 // Whatever stopped this attempt, the bot retries with backoff rather than die.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    // The socket never opened (or /gateway/bot failed): a resume URL that does not answer is
                    // dropped for the cached gateway URL, as the docs advise.
                    if (ex is WebSocketException or HttpRequestException or DiscordApiException or OperationCanceledException or IOException)
                        GatewayLog.ConnectFailed(_log, ex.Message);
                    else
                        GatewayLog.AttemptFailed(_log, ex);
                    if (resuming)
                        _resumeUrlFailed = true;
                    end = new ConnectionEnd(ConnectionEndKind.Resume, ex);
                }

                if (end.Kind == ConnectionEndKind.Stopped || stop.IsCancellationRequested || _stopping)
                    break;
                _state = ConnectionState.Connecting;
                _events.Writer.TryWrite(new GatewayDispatch(GatewayDispatch.DisconnectedType, null, end.Reason));

                if (end.Kind == ConnectionEndKind.Fatal)
                {
                    FatalError = end.Reason as GatewayCloseException;
                    break;
                }
                if (end.Kind is ConnectionEndKind.NewSession or ConnectionEndKind.InvalidSession)
                    ForgetSession();
                if (end.Kind == ConnectionEndKind.InvalidSession)
                {
                    // Discord asks for a random 1–5 s wait before identifying again (events/gateway-events#invalid-session).
                    var range = _gateway.InvalidSessionMaxDelay - _gateway.InvalidSessionMinDelay;
                    await Task.Delay(_gateway.InvalidSessionMinDelay + (range * Jitter()), _time, stop);
                }
                var delay = NextBackoff();
                GatewayLog.Reconnecting(_log, (long)delay.TotalMilliseconds, _sessionId is null ? "identify" : "resume");
                await Task.Delay(delay, _time, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // The run loop must end in Stopped whatever happens, so the host can exit.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            GatewayLog.Crashed(_log, ex);
        }
        finally
        {
            _state = ConnectionState.Disconnected;
            _events.Writer.TryComplete();
            _stopped.TrySetResult();
        }
    }

    private async Task<ConnectionEnd> RunConnectionAsync(Uri url, bool resuming, CancellationToken stop)
    {
        using var connection = new GatewayConnection(_time, resuming);
        using var stopRegistration = stop.Register(static c => ((CancellationTokenSource)c!).Cancel(), connection.Cancellation);
        var ct = connection.Cancellation.Token;
        _state = ConnectionState.Connecting;
        using (var timeout = new CancellationTokenSource(_gateway.SocketTimeout, _time))
        using (var connect = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token))
        {
            await connection.Socket.ConnectAsync(WithGatewayQuery(url), connect.Token);
        }
        _connection = connection;
        _resumeUrlFailed = false;
        GatewayLog.SocketOpen(_log, resuming ? "resume" : "identify");

        using var buffer = new PooledBufferWriter(16 * 1024);
        ConnectionEnd? end = null;
        try
        {
            while (end is null)
            {
                buffer.Reset();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await connection.Socket.ReceiveAsync(buffer.GetMemory(8 * 1024), ct);
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    var status = connection.Socket.CloseStatus;
                    await CloseAsync(connection, status is { } s ? (int)s : (int)WebSocketCloseStatus.Empty, null, stop);
                    end = ClassifyClose(connection, status is { } code ? (int)code : null, connection.Socket.CloseStatusDescription);
                }
                else if (result.MessageType == WebSocketMessageType.Text)
                {
                    end = await HandlePayloadAsync(connection, buffer.WrittenMemory);
                }
            }
            if (end.Value.Kind != ConnectionEndKind.Stopped && connection.Socket.State == WebSocketState.Open)
                await CloseAndDrainAsync(connection, ResumableCloseCode, "Reconnecting");
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or JsonException)
        {
            if (_stopping || stop.IsCancellationRequested)
                end = new ConnectionEnd(ConnectionEndKind.Stopped, ex);
            else if (connection.Zombie)
                end = new ConnectionEnd(ConnectionEndKind.Resume, new GatewayReconnectException("No heartbeat ACK between two heartbeats: the connection was a zombie.", ex));
            else
            {
                GatewayLog.ConnectionLost(_log, ex.Message);
                end = new ConnectionEnd(ConnectionEndKind.Resume, ex);
            }
        }
        finally
        {
            _connection = null;
            await connection.Cancellation.CancelAsync();
            await connection.HeartbeatTask;
        }
        return end.Value;
    }

    private ConnectionEnd ClassifyClose(GatewayConnection connection, int? code, string? description)
    {
        var reason = new GatewayCloseException(code, description);
        if (_stopping)
            return new ConnectionEnd(ConnectionEndKind.Stopped, reason);
        if (connection.Zombie)
            return new ConnectionEnd(ConnectionEndKind.Resume, new GatewayReconnectException("No heartbeat ACK between two heartbeats: the connection was a zombie.", reason));
        if (code is not { } closeCode)
        {
            GatewayLog.ClosedWithoutCode(_log);
            return new ConnectionEnd(ConnectionEndKind.Resume, reason);
        }
        if (!GatewayCloseCodes.CanReconnect(closeCode))
        {
            var fix = DescribeFatalClose(closeCode);
            GatewayLog.FatalClose(_log, closeCode, fix);
            return new ConnectionEnd(ConnectionEndKind.Fatal, reason);
        }
        if (GatewayCloseCodes.NeedsNewSession(closeCode))
        {
            GatewayLog.ClosedNewSession(_log, closeCode);
            return new ConnectionEnd(ConnectionEndKind.NewSession, reason);
        }
        GatewayLog.ClosedResume(_log, closeCode);
        return new ConnectionEnd(ConnectionEndKind.Resume, reason);
    }

    private string DescribeFatalClose(int closeCode) => closeCode switch
    {
        GatewayCloseCodes.AuthenticationFailed =>
            "the bot token was rejected (4004 Authentication failed). Set Discord:Token to the bot's current token from the developer portal (Bot > Reset Token)",
        GatewayCloseCodes.InvalidShard =>
            $"shard {_options.ShardId} of {_options.ShardCount} is invalid (4010). Set Discord:ShardId below Discord:ShardCount",
        GatewayCloseCodes.ShardingRequired =>
            $"the bot is in too many guilds for {_options.ShardCount} shard(s) (4011 Sharding required). Raise Discord:ShardCount to at least the {_gatewayInfo?.Shards} shards GET /gateway/bot recommends",
        GatewayCloseCodes.InvalidApiVersion =>
            "the gateway refused API version 10 (4012). Check Discord:ApiBaseUrl points at Discord or a compatible server",
        GatewayCloseCodes.InvalidIntents =>
            $"the intents {(int)Intents} are invalid (4013)",
        GatewayCloseCodes.DisallowedIntents =>
            "Discord refused the privileged Message Content intent (4014 Disallowed intents). Enable it for this bot in the developer portal (Bot > Privileged Gateway Intents > Message Content Intent), or set Discord:MessageContentIntent to false, which turns off the features that read message text",
        _ => $"close code {closeCode}",
    };

    private async Task<ConnectionEnd?> HandlePayloadAsync(GatewayConnection connection, ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException ex)
        {
            GatewayLog.NotJson(_log, ex.Message);
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (!root.TryGetProperty("op", out var opElement) || !opElement.TryGetInt32(out var opValue))
            {
                GatewayLog.NoOpcode(_log);
                return null;
            }
            var op = (GatewayOpCode)opValue;
            int? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
            var type = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            root.TryGetProperty("d", out var data);

            switch (op)
            {
                case GatewayOpCode.Hello:
                    var hello = data.Deserialize(DiscordJsonContext.Default.HelloPayload)!;
                    var interval = TimeSpan.FromMilliseconds(Math.Max(1, hello.HeartbeatInterval));
                    connection.HeartbeatTask = HeartbeatLoopAsync(connection, interval);
                    if (connection.Resuming && _sessionId is not null)
                        await SendResumeAsync(connection);
                    else
                        await SendIdentifyAsync(connection);
                    return null;

                case GatewayOpCode.HeartbeatAck:
                    if (connection.AwaitingAck)
                        Volatile.Write(ref _latency, (int)_time.GetElapsedTime(connection.HeartbeatSentAt).TotalMilliseconds);
                    connection.AwaitingAck = false;
                    return null;

                case GatewayOpCode.Heartbeat:
                    // Not counted for zombie detection: only the scheduled beats are.
                    await SendHeartbeatAsync(connection, expectAck: false, connection.Cancellation.Token);
                    return null;

                case GatewayOpCode.Reconnect:
                    GatewayLog.ReconnectRequested(_log);
                    return new ConnectionEnd(ConnectionEndKind.Resume, new GatewayReconnectException("The gateway asked the client to reconnect (op 7)."));

                case GatewayOpCode.InvalidSession:
                    var resumable = data.ValueKind == JsonValueKind.True;
                    GatewayLog.InvalidSession(_log, resumable);
                    return new ConnectionEnd(
                        resumable ? ConnectionEndKind.Resume : ConnectionEndKind.InvalidSession,
                        new GatewayReconnectException($"The gateway invalidated the session (op 9, resumable: {resumable})."));

                case GatewayOpCode.Dispatch:
                    OnDispatch(sequence, type, data);
                    return null;

                default:
                    GatewayLog.UnknownOpcode(_log, opValue);
                    return null;
            }
        }
    }

    private void OnDispatch(int? sequence, string? type, JsonElement data)
    {
        if (sequence is { } seq)
        {
            // A replay never repeats what we saw, but a duplicate must not reach handlers twice if it did.
            if (seq <= _lastSequence)
            {
                GatewayLog.DuplicateDispatch(_log, seq);
                return;
            }
            Volatile.Write(ref _lastSequence, seq);
        }
        try
        {
            switch (type)
            {
                case "READY":
                    var ready = data.Deserialize(DiscordJsonContext.Default.ReadyEvent)!;
                    Volatile.Write(ref _sessionId, ready.SessionId);
                    _resumeUrl = Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl) ? resumeUrl : null;
                    CurrentUser = ready.User;
                    ApplicationId = ready.Application?.Id;
                    _failures = 0;
                    _state = ConnectionState.Connected;
                    GatewayLog.Ready(_log, ready.User.Id, ready.Guilds.Length, _options.ShardId, _options.ShardCount);
                    Enqueue(type, ready);
                    break;
                case "RESUMED":
                    _failures = 0;
                    _state = ConnectionState.Connected;
                    GatewayLog.Resumed(_log, _lastSequence);
                    Enqueue(type, null);
                    break;
                case "INTERACTION_CREATE":
                    Enqueue(type, data.Deserialize(DiscordJsonContext.Default.Interaction));
                    break;
                case "MESSAGE_CREATE":
                    Enqueue(type, data.Deserialize(DiscordJsonContext.Default.Message));
                    break;
                case "GUILD_CREATE" or "GUILD_DELETE":
                    Enqueue(type, data.Deserialize(DiscordJsonContext.Default.Guild));
                    break;
            }
        }
        catch (JsonException ex)
        {
            GatewayLog.UnreadableDispatch(_log, type, sequence, ex.Message);
        }
    }

    private void Enqueue(string type, object? data)
    {
        if (data is not null || type == "RESUMED")
            _events.Writer.TryWrite(new GatewayDispatch(type, data));
    }

    private async Task HeartbeatLoopAsync(GatewayConnection connection, TimeSpan interval)
    {
        var ct = connection.Cancellation.Token;
        try
        {
            // Jitter spreads first heartbeats so clients reconnecting together don't heartbeat together.
            var first = interval * Math.Clamp(_gateway.Jitter(), 0, 1);
            NextHeartbeatAt = _time.GetUtcNow() + first;
            await Task.Delay(first, _time, ct);
            while (!ct.IsCancellationRequested)
            {
                if (connection.AwaitingAck)
                {
                    GatewayLog.Zombie(_log, (long)interval.TotalMilliseconds);
                    connection.Zombie = true;
                    await CloseAsync(connection, ResumableCloseCode, "Heartbeat ACK missed");
                    // The receive loop ends on the answering close; a true zombie never answers.
                    connection.Cancellation.CancelAfter(CloseHandshakeTimeout);
                    return;
                }
                // The next beat is timed from this one's schedule, not from when the send finished.
                NextHeartbeatAt = _time.GetUtcNow() + interval;
                var next = Task.Delay(interval, _time, ct);
                await SendHeartbeatAsync(connection, expectAck: true, ct);
                await next;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException)
        {
            // The receive loop sees the same failure and decides what follows.
        }
    }

    private Task SendHeartbeatAsync(GatewayConnection connection, bool expectAck, CancellationToken ct)
    {
        if (expectAck)
        {
            connection.AwaitingAck = true;
            connection.HeartbeatSentAt = _time.GetTimestamp();
        }
        var sequence = Volatile.Read(ref _lastSequence);
        return SendAsync(connection, GatewayOpCode.Heartbeat, json =>
        {
            if (sequence < 0)
                json.WriteNullValue();
            else
                json.WriteNumberValue(sequence);
        }, heartbeat: true, ct);
    }

    private Task SendIdentifyAsync(GatewayConnection connection)
    {
        var identify = new IdentifyPayload
        {
            Token = _options.Token,
            Intents = Intents,
            Properties = new IdentifyConnectionProperties
            {
                Os = Environment.OSVersion.Platform switch
                {
                    PlatformID.Unix when OperatingSystem.IsLinux() => "linux",
                    PlatformID.Unix when OperatingSystem.IsMacOS() => "macos",
                    PlatformID.Win32NT => "windows",
                    _ => "unknown",
                },
                Browser = LibraryName,
                Device = LibraryName,
            },
            Shard = [_options.ShardId, _options.ShardCount],
        };
        // A new session numbers its events from 1 again.
        Volatile.Write(ref _lastSequence, -1);
        _lastIdentifyAt = _time.GetTimestamp();
        _identifiesLeft--;
        GatewayLog.Identifying(_log, _options.ShardId, _options.ShardCount, (int)identify.Intents);
        return SendAsync(connection, GatewayOpCode.Identify, json => JsonSerializer.Serialize(json, identify, DiscordJsonContext.Default.IdentifyPayload), heartbeat: false, connection.Cancellation.Token);
    }

    private Task SendResumeAsync(GatewayConnection connection)
    {
        var sequence = Volatile.Read(ref _lastSequence);
        var resume = new ResumePayload { Token = _options.Token, SessionId = _sessionId!, Seq = sequence < 0 ? null : sequence };
        GatewayLog.Resuming(_log, resume.Seq);
        return SendAsync(connection, GatewayOpCode.Resume, json => JsonSerializer.Serialize(json, resume, DiscordJsonContext.Default.ResumePayload), heartbeat: false, connection.Cancellation.Token);
    }

    private static async Task SendAsync(GatewayConnection connection, GatewayOpCode op, Action<Utf8JsonWriter> writeData, bool heartbeat, CancellationToken ct)
    {
        using var payload = new PooledBufferWriter(512);
        GatewayPayloadWriter.Write(payload, op, writeData);
        await connection.Limiter.WaitAsync(heartbeat, ct);
        await connection.SendLock.WaitAsync(ct);
        try
        {
            await connection.Socket.SendAsync(payload.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        finally
        {
            connection.SendLock.Release();
        }
    }

    private async Task CloseAsync(GatewayConnection connection, int closeCode, string? description, CancellationToken ct = default)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_gateway.SocketTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, ct);
            await connection.SendLock.WaitAsync(linked.Token);
            try
            {
                if (connection.Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    await connection.Socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, description, linked.Token);
            }
            finally
            {
                connection.SendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // Closing a broken socket fails; it is being replaced either way.
        }
    }

    // Only the receive loop calls this: it reads on until the gateway answers the close.
    private async Task CloseAndDrainAsync(GatewayConnection connection, int closeCode, string description)
    {
        await CloseAsync(connection, closeCode, description);
        using var timeout = new CancellationTokenSource(CloseHandshakeTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, connection.Cancellation.Token);
        using var scratch = new PooledBufferWriter(4096);
        try
        {
            while (connection.Socket.State == WebSocketState.CloseSent)
            {
                var result = await connection.Socket.ReceiveAsync(scratch.GetMemory(4096), linked.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    break;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // No answer in time: the socket is dropped anyway.
        }
    }

    private async Task WaitToIdentifyAsync(CancellationToken ct)
    {
        GatewayBotInfo info;
        try
        {
            await FetchGatewayAsync(ct);
            info = _gatewayInfo!;
        }
        catch (Exception ex) when (_gatewayInfo is not null && ex is HttpRequestException or DiscordApiException or IOException)
        {
            GatewayLog.GatewayBotFailed(_log, ex.Message);
            info = _gatewayInfo;
        }

        var limit = info.SessionStartLimit;
        if (Math.Min(limit.Remaining, _identifiesLeft) <= 0)
        {
            // Identifying past the daily limit resets the token; waiting is the only safe move.
            var wait = TimeSpan.FromMilliseconds(limit.ResetAfter) - _time.GetElapsedTime(_gatewayInfoAt);
            if (wait > TimeSpan.Zero)
            {
                var resetDelay = Task.Delay(wait, _time, ct);
                GatewayLog.SessionStartsExhausted(_log, limit.Total, (long)wait.TotalMinutes);
                await resetDelay;
                await FetchGatewayAsync(ct);
            }
        }
        if (_lastIdentifyAt is { } last)
        {
            // One identify per max_concurrency bucket per 5 s; this shard is alone in its bucket.
            var wait = _gateway.IdentifyInterval - _time.GetElapsedTime(last);
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, _time, ct);
        }
    }

    private async Task<Uri> FetchGatewayAsync(CancellationToken ct)
    {
        var info = await _rest.GetGatewayBotAsync(ct);
        if (!Uri.TryCreate(info.Url, UriKind.Absolute, out var url))
            throw new DiscordApiException($"GET /gateway/bot returned an invalid URL.");
        _gatewayInfo = info;
        _gatewayInfoAt = _time.GetTimestamp();
        _identifiesLeft = info.SessionStartLimit.Remaining;
        _gatewayUrl = url;
        if (info.Shards > _options.ShardCount)
            GatewayLog.MoreShardsRecommended(_log, info.Shards, _options.ShardCount);
        return url;
    }

    private void ForgetSession()
    {
        Volatile.Write(ref _sessionId, null);
        _resumeUrl = null;
        Volatile.Write(ref _lastSequence, -1);
    }

    private TimeSpan NextBackoff() => ReconnectDelay(++_failures, _gateway, Jitter());

    /// <summary>The wait before reconnect attempt <paramref name="attempt"/> (1 = first since the last READY/RESUMED).</summary>
    internal static TimeSpan ReconnectDelay(int attempt, GatewayClientOptions options, double jitter)
    {
        var exponential = options.ReconnectBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 16));
        var capped = Math.Min(exponential, options.ReconnectMaxDelay.TotalMilliseconds);
        // Half fixed, half random: spreads reconnecting shards without ever reconnecting instantly in a loop.
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * Math.Clamp(jitter, 0, 1))));
    }

    private double Jitter() => Math.Clamp(_gateway.Jitter(), 0, 1);

    private static Uri WithGatewayQuery(Uri url)
    {
        var builder = new UriBuilder(url);
        var kept = builder.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("v=", StringComparison.Ordinal) && !p.StartsWith("encoding=", StringComparison.Ordinal));
        builder.Query = string.Join('&', kept.Append("v=10").Append("encoding=json"));
        if (builder.Path.Length == 0)
            builder.Path = "/";
        return builder.Uri;
    }

    private async Task DispatchLoopAsync()
    {
        await foreach (var dispatch in _events.Reader.ReadAllAsync())
        {
            var started = _time.GetTimestamp();
            switch (dispatch.Type)
            {
                case "READY":
                    var ready = (ReadyEvent)dispatch.Data!;
                    foreach (var guild in ready.Guilds)
                        _knownGuilds.Add(guild.Id);
                    await InvokeAsync(Ready, ready, dispatch.Type);
                    break;
                case "RESUMED":
                    await InvokeAsync(Resumed, dispatch.Type);
                    break;
                case "INTERACTION_CREATE":
                    await InvokeAsync(InteractionCreated, (Interaction)dispatch.Data!, dispatch.Type);
                    break;
                case "MESSAGE_CREATE":
                    await InvokeAsync(MessageReceived, (Message)dispatch.Data!, dispatch.Type);
                    break;
                case "GUILD_CREATE":
                    var created = (Guild)dispatch.Data!;
                    await InvokeAsync(_knownGuilds.Add(created.Id) ? JoinedGuild : GuildAvailable, created, dispatch.Type);
                    break;
                case "GUILD_DELETE":
                    var deleted = (Guild)dispatch.Data!;
                    if (deleted.Unavailable == true)
                    {
                        await InvokeAsync(GuildUnavailable, deleted, dispatch.Type);
                    }
                    else
                    {
                        _knownGuilds.Remove(deleted.Id);
                        await InvokeAsync(LeftGuild, deleted, dispatch.Type);
                    }
                    break;
                case GatewayDispatch.DisconnectedType:
                    await InvokeAsync(Disconnected, dispatch.Error!, "Disconnected");
                    break;
            }
            var elapsed = _time.GetElapsedTime(started);
            if (elapsed > SlowHandlerThreshold)
                GatewayLog.SlowHandler(_log, dispatch.Type, (long)elapsed.TotalMilliseconds);
        }
    }

    private async Task InvokeAsync<T>(Func<T, Task>? handlers, T argument, string eventType)
    {
        if (handlers is null)
            return;
        foreach (var handler in handlers.GetInvocationList().Cast<Func<T, Task>>())
        {
            try
            {
                await handler(argument);
            }
#pragma warning disable CA1031 // A handler's failure is logged and must never end the connection.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                GatewayLog.HandlerFailed(_log, ex, eventType);
            }
        }
    }

    private async Task InvokeAsync(Func<Task>? handlers, string eventType)
    {
        if (handlers is null)
            return;
        foreach (var handler in handlers.GetInvocationList().Cast<Func<Task>>())
        {
            try
            {
                await handler();
            }
#pragma warning disable CA1031 // A handler's failure is logged and must never end the connection.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                GatewayLog.HandlerFailed(_log, ex, eventType);
            }
        }
    }
}
