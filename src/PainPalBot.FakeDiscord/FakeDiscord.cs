using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PainPalBot.FakeDiscord;

/// <summary>
/// A real HTTP + WebSocket server on 127.0.0.1 (random port) that plays Discord API v10 for tests:
/// REST routes that record every request (FakeDiscord.Rest.cs), a gateway speaking the protocol
/// (FakeDiscord.Gateway.cs), and helpers that act as a Discord user (FakeDiscord.Interactions.cs).
/// </summary>
public sealed partial class FakeDiscord : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeDiscord(WebApplication app, FakeDiscordOptions options)
    {
        _app = app;
        Options = options;
    }

    /// <summary>The knobs this instance was started with.</summary>
    public FakeDiscordOptions Options { get; }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The REST base to configure as <c>Discord:ApiBaseUrl</c>.</summary>
    public Uri ApiBaseUrl => new(BaseUrl, "api/v10");

    /// <summary>The bot token this server accepts.</summary>
    public string Token => Options.Token;

    /// <summary>The application id it reports.</summary>
    public ulong ApplicationId => Options.ApplicationId;

    /// <summary>The bot user's id.</summary>
    public ulong BotUserId => Options.BotUserId;

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FakeDiscord> StartAsync(FakeDiscordOptions? options = null, CancellationToken ct = default)
    {
        options ??= new FakeDiscordOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (options.Logger is { } logger)
            builder.Logging.AddProvider(logger);
        var app = builder.Build();
        var fake = new FakeDiscord(app, options);
        app.UseWebSockets();
        fake.MapRest(app);
        fake.MapGateway(app);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return fake;
    }

    partial void MapRest(WebApplication app);

    partial void MapGateway(WebApplication app);

    partial void DisposeGateway();

    /// <summary>Stops the server and closes every socket.</summary>
    public async ValueTask DisposeAsync()
    {
        DisposeGateway();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>How a <see cref="FakeDiscord"/> behaves.</summary>
public sealed class FakeDiscordOptions
{
    public string Token { get; set; } = "fake-bot-token.abc.123";
    public ulong ApplicationId { get; set; } = 900_000_000_000_000_001;
    public ulong BotUserId { get; set; } = 900_000_000_000_000_001;
    public string BotUsername { get; set; } = "PainPalBot";
    public ulong GuildId { get; set; } = 800_000_000_000_000_001;

    /// <summary>Global requests per second enforced (0 = not enforced); exceeding it answers 429 global.</summary>
    public int GlobalRateLimit { get; set; }

    /// <summary>Requests allowed per route bucket (method + route + major parameter) per <see cref="RouteRateLimitWindow"/> (0 = not enforced); every response then carries X-RateLimit-* headers.</summary>
    public int RouteRateLimit { get; set; }

    /// <summary>The window of <see cref="RouteRateLimit"/>.</summary>
    public TimeSpan RouteRateLimitWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>What <c>GET /gateway/bot</c> reports as <c>session_start_limit</c>.</summary>
    public PainPalBot.Discord.Models.SessionStartLimit SessionStartLimit { get; set; } = new() { Total = 1000, Remaining = 1000, ResetAfter = 86_400_000, MaxConcurrency = 1 };

    /// <summary>What <c>GET /gateway/bot</c> reports as the recommended shard count.</summary>
    public int RecommendedShards { get; set; } = 1;

    /// <summary>
    /// How many of the latest requests <see cref="FakeDiscord.Requests"/> keeps; 0 keeps every one, as tests that
    /// look back over a run need. Waiters see every request as it arrives either way.
    /// </summary>
    public int RequestWindow { get; set; }

    /// <summary>
    /// Whether the requests kept keep their headers, body and files (true, for tests that read them afterwards).
    /// A server whose users watch requests as they arrive (the sandbox) turns it off, so nothing a request
    /// carried (a note in an export, the token) stays once its waiters have seen it.
    /// </summary>
    public bool KeepRequestBodies { get; set; } = true;

    /// <summary>
    /// When above 0, the most dispatches a gateway session keeps for a resume to replay, and it lets go of those
    /// the client confirmed with a heartbeat (its <c>d</c> is the last sequence it received, so no resume asks
    /// for them again); a resume from before what is kept gets op 9 false, as a session Discord can no longer
    /// resume. Events waiting for a first session are held to the same number. 0 keeps every dispatch.
    /// </summary>
    public int GatewayReplayWindow { get; set; }

    /// <summary>Heartbeat interval sent in HELLO, in milliseconds.</summary>
    public int HeartbeatIntervalMs { get; set; } = 41_250;

    /// <summary>Optional logger for the server itself.</summary>
    public ILoggerProvider? Logger { get; set; }
}
