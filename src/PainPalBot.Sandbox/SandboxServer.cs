using System.Globalization;
using System.Net;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PainPalBot.FakeDiscord;
using PainPalBot.Sandbox.Api;
using DiscordServer = PainPalBot.FakeDiscord.FakeDiscord;

namespace PainPalBot.Sandbox;

/// <summary>
/// Sandbox mode's servers: a Discord-compatible REST + gateway server the real bot connects to, and the web
/// page (with its JSON API and event stream) that plays the Discord client for pretend people. Loopback only.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    /// <summary>
    /// How many of the bot's latest requests the stand-in keeps, without headers or bodies: the sandbox reads each
    /// request as it arrives, so these only say what the bot did last.
    /// </summary>
    internal const int KeptRequests = 100;

    /// <summary>
    /// How many dispatches the stand-in keeps for the bot to resume with after a dropped connection, of those the
    /// bot has not confirmed yet (it confirms with each heartbeat, every 20 s here).
    /// </summary>
    internal const int KeptDispatches = 100;

    private readonly WebApplication _page;
    private readonly DiscordServer _discord;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _observer;
    private readonly string _runFolder = Path.Combine(Path.GetTempPath(), "painpal-sandbox-" + Guid.NewGuid().ToString("N"));

    private SandboxServer(WebApplication page, DiscordServer discord, SandboxWorld world, SandboxClock clock, SandboxOptions options, Uri pageUrl, string key)
    {
        _page = page;
        _discord = discord;
        World = world;
        Clock = clock;
        Options = options;
        PageUrl = pageUrl;
        OpenUrl = new Uri(pageUrl, "?" + SandboxAccess.KeyParameter + "=" + key);
        _observer = world.ObserveRestAsync(_stopping.Token);
    }

    /// <summary>The options it started with.</summary>
    public SandboxOptions Options { get; }

    /// <summary>The page, e.g. http://localhost:5080/: where it is, but without the key it shows no data. Safe to log.</summary>
    public Uri PageUrl { get; }

    /// <summary>
    /// The address to open: <see cref="PageUrl"/> with this run's random key (<c>?key=…</c>), which the page
    /// trades for a cookie its API requires. Show it to the person who started the sandbox; never log it.
    /// </summary>
    public Uri OpenUrl { get; }

    /// <summary>The Discord stand-in, for tests that measure what it holds.</summary>
    internal DiscordServer Discord => _discord;

    /// <summary>The REST base the bot must use as <c>Discord:ApiBaseUrl</c>.</summary>
    public Uri ApiBaseUrl => _discord.ApiBaseUrl;

    /// <summary>The bot token the Discord stand-in accepts (made up for this run).</summary>
    public string Token => _discord.Token;

    /// <summary>The stand-in's application id.</summary>
    public ulong ApplicationId => _discord.ApplicationId;

    /// <summary>Where the bot notes which commands it registered: a folder of this run only, as the stand-in forgets commands between runs.</summary>
    public string CommandRegistrationStatePath => Path.Combine(_runFolder, "registered-commands.txt");

    /// <summary>The bot's clock: register it as the bot's <see cref="TimeProvider"/>.</summary>
    public SandboxClock Clock { get; }

    /// <summary>The pretend world (people, channels, messages).</summary>
    public SandboxWorld World { get; }

    /// <summary>
    /// The configuration the bot needs in sandbox mode, to lay over every other source: the stand-in's URL and
    /// token, sandbox storage apart from real data, a quick reminder poll, and message content for crisis watch.
    /// </summary>
    public IReadOnlyDictionary<string, string?> BotConfiguration => new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        ["Discord:Token"] = Token,
        ["Discord:ApiBaseUrl"] = ApiBaseUrl.AbsoluteUri,
        ["Discord:ApplicationId"] = ApplicationId.ToString(CultureInfo.InvariantCulture),
        ["Discord:MessageContentIntent"] = "true",
        ["Storage:Path"] = Options.StoragePath,
        ["Reminders:PollInterval"] = Options.ReminderPollInterval.ToString("c", CultureInfo.InvariantCulture),
        // The stand-in starts with no commands each run, so the bot's "already registered" note must start empty too.
        ["Interactions:CommandRegistrationStatePath"] = CommandRegistrationStatePath,
    };

    /// <summary>
    /// <see cref="BotConfiguration"/> as command-line arguments (<c>--Discord:Token=…</c>), for hosts that read
    /// settings while registering services: append them to the host's arguments before building it.
    /// </summary>
    public IReadOnlyList<string> BotArguments => [.. BotConfiguration.Select(p => $"--{p.Key}={p.Value}")];

    /// <summary>Starts the Discord stand-in and the page; the page listens on <see cref="SandboxOptions.Port"/> (0 = any free port).</summary>
    public static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!IsLoopback(options.BindAddress))
            throw new SandboxStartException($"Sandbox:BindAddress must be a loopback address (localhost, 127.0.0.1 or ::1), not \"{options.BindAddress}\": the sandbox never listens beyond this computer.");
        if (options.Port is < 0 or > 65_535)
            throw new SandboxStartException(string.Create(CultureInfo.InvariantCulture, $"Sandbox:Port must be 0 to 65535, not {options.Port}."));

        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var discord = await DiscordServer.StartAsync(new FakeDiscordOptions
        {
            Token = "sandbox." + Guid.NewGuid().ToString("N"),
            BotUsername = "PainPalBot",
            // The bot's own heartbeat interval makes no difference here; a short one shows a dead bot sooner.
            HeartbeatIntervalMs = 20_000,
            // The sandbox runs for as long as someone plays with it: its stand-in keeps a bounded window of what
            // passed through, and nothing of what people typed (notes, messages) once the bot has it.
            RequestWindow = KeptRequests,
            KeepRequestBodies = false,
            GatewayReplayWindow = KeptDispatches,
        }, ct);

        var builder = WebApplication.CreateSlimBuilder();
        // Kestrel cannot pick a free port for "localhost" (two addresses), so port 0 binds 127.0.0.1.
        var bind = options.Port == 0 && string.Equals(options.BindAddress, "localhost", StringComparison.OrdinalIgnoreCase) ? "127.0.0.1" : options.BindAddress;
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://{HostPart(bind)}:{options.Port}"));
        builder.Logging.ClearProviders();
        if (options.LoggerFactory is not null)
            builder.Services.AddSingleton(options.LoggerFactory);
        var page = builder.Build();

        var clock = new SandboxClock();
        var events = new SandboxEvents();
        var world = new SandboxWorld(discord, clock, events, options, loggerFactory.CreateLogger<SandboxWorld>());
        var access = new SandboxAccess();
        MapPage(page, world, events, access);

        try
        {
            await page.StartAsync(ct);
        }
        catch (IOException e)
        {
            await page.DisposeAsync();
            await discord.DisposeAsync();
            throw new SandboxStartException(string.Create(CultureInfo.InvariantCulture,
                $"The sandbox page cannot listen on {options.BindAddress}:{options.Port} ({e.Message}). Set Sandbox:Port to a free port, e.g. --Sandbox:Port=5081."), e);
        }
        catch
        {
            await page.DisposeAsync();
            await discord.DisposeAsync();
            throw;
        }

        var address = page.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        var pageUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{HostPart(bind)}:{port}/"));
        var server = new SandboxServer(page, discord, world, clock, options, pageUrl, access.Key);
        var apiBaseUrl = discord.ApiBaseUrl;
        var logger = loggerFactory.CreateLogger<SandboxServer>();
        // The bare page: a log line never carries the key.
        SandboxLog.Ready(logger, pageUrl, apiBaseUrl);
        return server;
    }

    /// <summary>Stops the page, the stand-in and every open connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _observer;
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        await _page.StopAsync();
        await _page.DisposeAsync();
        await _discord.DisposeAsync();
        _stopping.Dispose();
        try
        {
            if (Directory.Exists(_runFolder))
                Directory.Delete(_runFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static void MapPage(WebApplication page, SandboxWorld world, SandboxEvents events, SandboxAccess access)
    {
        page.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
            await next(context);
        });
        // Before every endpoint, the page included: a refused request reads nothing.
        page.Use(access.InvokeAsync);

        page.MapGet("/", (HttpContext context) => SandboxStaticFiles.WriteAsync(context, "index.html"));
        page.MapGet("/{file}", (HttpContext context, string file) => SandboxStaticFiles.WriteAsync(context, file));

        var api = page.MapGroup("/sandbox/api");
        api.MapGet("/state", () => Json(world.State(), SandboxJsonContext.Default.SandboxStateView));
        MapAction(api, "/command", SandboxJsonContext.Default.CommandRequest, (r, ct) => world.CommandAsync(r, ct), SandboxJsonContext.Default.InteractionAccepted);
        MapAction(api, "/autocomplete", SandboxJsonContext.Default.CommandRequest, (r, ct) => world.AutocompleteAsync(r, ct), SandboxJsonContext.Default.AutocompleteResponse);
        MapAction(api, "/component", SandboxJsonContext.Default.ComponentRequest, (r, ct) => world.ComponentAsync(r, ct), SandboxJsonContext.Default.InteractionAccepted);
        MapAction(api, "/message-command", SandboxJsonContext.Default.MessageCommandRequest, (r, ct) => world.MessageCommandAsync(r, ct), SandboxJsonContext.Default.InteractionAccepted);
        MapAction(api, "/modal", SandboxJsonContext.Default.ModalRequest, (r, ct) => world.ModalAsync(r, ct), SandboxJsonContext.Default.InteractionAccepted);
        MapAction(api, "/message", SandboxJsonContext.Default.MessageRequest, (r, ct) => world.MessageAsync(r, ct), SandboxJsonContext.Default.MessageAccepted);
        MapAction(api, "/clock", SandboxJsonContext.Default.ClockRequest, (r, _) => Task.FromResult(world.Advance(r)), SandboxJsonContext.Default.SandboxClockView);
        MapAction(api, "/moderator", SandboxJsonContext.Default.ModeratorRequest, (r, _) => Task.FromResult(world.SetModerator(r)), SandboxJsonContext.Default.IReadOnlyListSandboxUserView);
        api.MapGet("/events", (HttpContext context) => StreamEventsAsync(context, events));

        page.MapGet("/sandbox/attachments/{id}/{name}", (string id, string name) =>
        {
            _ = name;
            return SandboxWorld.TryId(id, out var attachmentId) && world.File(attachmentId) is { } file
                ? Results.Bytes(file.Content, file.ContentType)
                : Results.NotFound();
        });
    }

    // One page action: read the JSON body, act, answer with the outcome (or 400 for a body that is not the API's JSON).
    private static void MapAction<TRequest, TResult>(
        Microsoft.AspNetCore.Routing.IEndpointRouteBuilder api, string path, JsonTypeInfo<TRequest> requestInfo,
        Func<TRequest, CancellationToken, Task<SandboxOutcome<TResult>>> act, JsonTypeInfo<TResult> resultInfo)
        where TRequest : class =>
        api.MapPost(path, async (HttpContext context) =>
            await ReadAsync(context, requestInfo) is { } request
                ? Answer(await act(request, context.RequestAborted), resultInfo)
                : BadBody());

    private static async Task StreamEventsAsync(HttpContext context, SandboxEvents events)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        using var subscription = events.Subscribe();
        // A page keeps its stream open for ever; stopping the sandbox must end it rather than wait for it.
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var ct = linked.Token;
        try
        {
            await response.WriteAsync("retry: 1000\n: connected\n\n", ct);
            await response.Body.FlushAsync(ct);
            while (!ct.IsCancellationRequested)
            {
                using var keepAlive = CancellationTokenSource.CreateLinkedTokenSource(ct);
                keepAlive.CancelAfter(TimeSpan.FromSeconds(15));
                string frame;
                try
                {
                    frame = await subscription.Frames.ReadAsync(keepAlive.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    frame = ": keep-alive\n\n";
                }
                await response.WriteAsync(frame, ct);
                await response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return await context.Request.ReadFromJsonAsync(typeInfo, context.RequestAborted);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // Not JSON at all.
            return null;
        }
    }

    private static IResult Answer<T>(SandboxOutcome<T> outcome, JsonTypeInfo<T> typeInfo) =>
        outcome.Succeeded
            ? Results.Json(outcome.Value, typeInfo)
            : Results.Json(new SandboxError(outcome.Error!), SandboxJsonContext.Default.SandboxError, statusCode: outcome.Status);

    private static IResult Json<T>(T value, JsonTypeInfo<T> typeInfo) => Results.Json(value, typeInfo);

    private static IResult BadBody() =>
        Results.Json(new SandboxError("The request body is not the JSON this API expects; see src/PainPalBot.Sandbox/README.md."), SandboxJsonContext.Default.SandboxError, statusCode: 400);

    private static bool IsLoopback(string address) =>
        string.Equals(address, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(address, out var ip) && IPAddress.IsLoopback(ip));

    private static string HostPart(string address) =>
        IPAddress.TryParse(address, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{ip}]" : address;
}
