using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using NSubstitute;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Discord.Tests.Gateway;

/// <summary>A FakeDiscord and a GatewayClient pointed at it, with fast timings and every event recorded.</summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    private readonly ConcurrentQueue<Message> _messages = new();
    private readonly ConcurrentQueue<Interaction> _interactions = new();
    private readonly ConcurrentQueue<ReadyEvent> _readies = new();
    private readonly ConcurrentQueue<Exception> _disconnects = new();
    private readonly ConcurrentQueue<(string Kind, ulong GuildId)> _guildEvents = new();
    private int _resumed;

    private GatewayHarness(PainPalBot.FakeDiscord.FakeDiscord fake, GatewayClient client, TestLogger<GatewayClient> log, IDiscordRestClient rest)
    {
        Fake = fake;
        Client = client;
        Log = log;
        Rest = rest;
        log.Logged = Changed.Pulse;
        client.Ready += ready => Record(_readies, ready);
        client.Resumed += () =>
        {
            Interlocked.Increment(ref _resumed);
            Changed.Pulse();
            return Task.CompletedTask;
        };
        client.MessageReceived += message => Record(_messages, message);
        client.InteractionCreated += interaction => Record(_interactions, interaction);
        client.Disconnected += error => Record(_disconnects, error);
        client.JoinedGuild += guild => Record(_guildEvents, ("joined", guild.Id));
        client.GuildAvailable += guild => Record(_guildEvents, ("available", guild.Id));
        client.GuildUnavailable += guild => Record(_guildEvents, ("unavailable", guild.Id));
        client.LeftGuild += guild => Record(_guildEvents, ("left", guild.Id));
    }

    public PainPalBot.FakeDiscord.FakeDiscord Fake { get; }

    public GatewayClient Client { get; }

    public TestLogger<GatewayClient> Log { get; }

    public IDiscordRestClient Rest { get; }

    public TestSignal Changed { get; } = new();

    public IReadOnlyList<Message> Messages => [.. _messages];

    public IReadOnlyList<Interaction> Interactions => [.. _interactions];

    public IReadOnlyList<ReadyEvent> Readies => [.. _readies];

    public IReadOnlyList<Exception> Disconnects => [.. _disconnects];

    public IReadOnlyList<(string Kind, ulong GuildId)> GuildEvents => [.. _guildEvents];

    public int ResumedCount => Volatile.Read(ref _resumed);

    /// <summary>Timings that make reconnects take milliseconds.</summary>
    public static GatewayClientOptions FastOptions(double jitter = 0.5) => new()
    {
        Jitter = () => jitter,
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(10),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(100),
        InvalidSessionMinDelay = TimeSpan.FromMilliseconds(10),
        InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(30),
        IdentifyInterval = TimeSpan.FromMilliseconds(20),
    };

    /// <summary>Starts a FakeDiscord (heartbeats every 30 s unless told otherwise) and a client, and starts the client.</summary>
    public static async Task<GatewayHarness> StartAsync(
        Action<DiscordOptions>? discord = null,
        Action<PainPalBot.FakeDiscord.FakeDiscord>? fake = null,
        GatewayClientOptions? gateway = null,
        TimeProvider? time = null,
        int heartbeatIntervalMs = 30_000,
        SessionStartLimit? sessionStartLimit = null,
        bool start = true)
    {
        var server = await PainPalBot.FakeDiscord.FakeDiscord.StartAsync(new PainPalBot.FakeDiscord.FakeDiscordOptions { HeartbeatIntervalMs = heartbeatIntervalMs });
        fake?.Invoke(server);
        var options = new DiscordOptions { Token = server.Token, ApiBaseUrl = server.ApiBaseUrl };
        discord?.Invoke(options);
        var rest = Substitute.For<IDiscordRestClient>();
        rest.GetGatewayBotAsync(Arg.Any<CancellationToken>()).Returns(new GatewayBotInfo
        {
            Url = server.GatewayUrl.ToString(),
            Shards = 1,
            SessionStartLimit = sessionStartLimit ?? new SessionStartLimit { Total = 1000, Remaining = 1000, ResetAfter = 86_400_000, MaxConcurrency = 1 },
        });
        var log = new TestLogger<GatewayClient>();
        var client = new GatewayClient(rest, Options.Create(options), time ?? TimeProvider.System, log, gateway ?? FastOptions());
        var harness = new GatewayHarness(server, client, log, rest);
        if (start)
            await client.StartAsync();
        return harness;
    }

    /// <summary>Waits until the client handled READY and the GUILD_CREATE that follows it.</summary>
    public Task WaitForReadyHandledAsync(int readies = 1) =>
        Changed.WaitUntilAsync(() => Readies.Count >= readies && GuildEvents.Count >= readies, $"READY {readies} and its GUILD_CREATE handled");

    /// <summary>Waits until <paramref name="count"/> messages were handled.</summary>
    public Task WaitForMessagesAsync(int count) => Changed.WaitUntilAsync(() => Messages.Count >= count, $"{count} messages handled");

    /// <summary>MESSAGE_CREATE data with the id and content given.</summary>
    public static JsonObject MessageJson(ulong id, string content = "hello") => new()
    {
        ["id"] = id.ToString(CultureInfo.InvariantCulture),
        ["channel_id"] = "700000000000000001",
        ["guild_id"] = "800000000000000001",
        ["author"] = new JsonObject { ["id"] = "600000000000000001", ["username"] = "someone" },
        ["content"] = content,
        ["timestamp"] = "2026-11-25T19:00:00+00:00",
        ["embeds"] = new JsonArray(),
        ["attachments"] = new JsonArray(),
    };

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await Client.StopAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
        await Client.DisposeAsync();
        await Fake.DisposeAsync();
    }

    private Task Record<T>(ConcurrentQueue<T> queue, T item)
    {
        queue.Enqueue(item);
        Changed.Pulse();
        return Task.CompletedTask;
    }
}
