using System.Reflection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainPalBot.Discord;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Storage;

namespace PainPalBot;

/// <summary>
/// The bot's main loop: connects the gateway, hands interactions to the interaction framework,
/// registers commands after READY, fans other events out to the features, and stops cleanly.
/// </summary>
public sealed partial class BotWorker(
    GatewayClient gateway,
    InteractionService interactions,
    IEnumerable<IMessageCreatedHandler> messageHandlers,
    IEnumerable<IGuildEventsHandler> guildHandlers,
    IOptions<DiscordOptions> discord,
    IOptions<StorageOptions> storage,
    IHostEnvironment environment,
    IHostApplicationLifetime lifetime,
    ILogger<BotWorker> logger) : BackgroundService
{
    /// <summary>Exit code when Discord refused the connection for good (bad token, missing intent).</summary>
    public const int GatewayFatalExitCode = 3;

    private readonly ILogger<BotWorker> _logger = logger;
    private readonly IMessageCreatedHandler[] _messageHandlers = messageHandlers.ToArray();
    private readonly IGuildEventsHandler[] _guildHandlers = guildHandlers.ToArray();
    private CancellationToken _stopping;

    /// <summary>The running version, from the assembly's informational version.</summary>
    public static string Version { get; } =
        typeof(BotWorker).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>0, or <see cref="GatewayFatalExitCode"/> when Discord refused the connection for good.</summary>
    public int ExitCode { get; private set; }

    /// <summary>Completes once application commands have been registered (or found unchanged) after the first READY.</summary>
    public Task CommandsRegistered => _commandsRegistered.Task;

    private readonly TaskCompletionSource _commandsRegistered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        var storagePath = Path.GetFullPath(storage.Value.Path);
        LogStarting(Version, environment.EnvironmentName, storagePath, interactions.Commands.Count);

        // The gateway awaits its handlers in order; every handler here starts its work and returns at once,
        // so one slow command never holds up the next event.
        gateway.Ready += ready => Track(OnReadyAsync(ready));
        gateway.InteractionCreated += interaction => Track(OnInteractionAsync(interaction));
        gateway.MessageReceived += message => Track(OnMessageAsync(message));
        gateway.JoinedGuild += g => Track(FanOutAsync(g, static (h, guild, ct) => h.JoinedGuildAsync(guild, ct)));
        gateway.GuildAvailable += g => Track(FanOutAsync(g, static (h, guild, ct) => h.GuildAvailableAsync(guild, ct)));
        gateway.LeftGuild += g => Track(FanOutAsync(g, static (h, guild, ct) => h.LeftGuildAsync(guild, ct)));

        try
        {
            await gateway.StartAsync(stoppingToken);
            await gateway.Stopped.WaitAsync(stoppingToken);
            if (gateway.FatalError is not null)
            {
                // The gateway has already said what to fix in one line; end the process with a distinct code.
                ExitCode = GatewayFatalExitCode;
                lifetime.StopApplication();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: Ctrl+C, SIGTERM or StopAsync.
        }
        finally
        {
            await gateway.StopAsync(CancellationToken.None);
            // Let interactions already running finish their answer (the host's shutdown timeout bounds this).
            Task[] running;
            lock (_inFlight) running = [.. _inFlight];
            await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            LogStopped();
        }
    }

    private readonly HashSet<Task> _inFlight = [];

    private Task Track(Task work)
    {
        if (work.IsCompleted) return Task.CompletedTask;
        lock (_inFlight) _inFlight.Add(work);
        _ = work.ContinueWith(done => { lock (_inFlight) _inFlight.Remove(done); }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    private async Task OnReadyAsync(ReadyEvent ready)
    {
        var applicationId = discord.Value.ApplicationId ?? gateway.ApplicationId ?? 0;
        if (applicationId == 0)
        {
            LogNoApplicationId();
            return;
        }
        try
        {
            var changed = await interactions.RegisterCommandsAsync(applicationId, discord.Value.DevGuildId, ct: _stopping);
            LogCommandsRegistered(interactions.Commands.Count, discord.Value.DevGuildId, changed);
            if (_commandsRegistered.TrySetResult())
                ReleaseStartupGarbage();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRegistrationFailed(e);
        }
    }

    // Start-up parses the crisis phrase files, helplines, resources and time zones, and most of what that allocates
    // is garbage by the time commands are registered. One compacting collection then, before the first interaction,
    // gives those pages back to the system instead of keeping them as heap headroom (issue 4: resident memory).
    private static void ReleaseStartupGarbage() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    private async Task OnInteractionAsync(Interaction interaction) => await interactions.ExecuteAsync(interaction, _stopping);

    private async Task OnMessageAsync(Message message)
    {
        try
        {
            if (message.Author.Bot == true || message.WebhookId is not null)
                return;
            foreach (var handler in _messageHandlers)
            {
                try
                {
                    await handler.HandleMessageAsync(message, _stopping);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogHandlerFailed(e, handler.GetType().Name, message.Id);
                }
            }
        }
        finally
        {
            Interlocked.Increment(ref _messagesHandled);
        }
    }

    private long _messagesHandled;

    /// <summary>How many MESSAGE_CREATE events every message handler has finished with (lets a test wait for "nothing happened").</summary>
    internal long MessagesHandled => Interlocked.Read(ref _messagesHandled);

    private async Task FanOutAsync(Guild guild, Func<IGuildEventsHandler, Guild, CancellationToken, Task> call)
    {
        foreach (var handler in _guildHandlers)
        {
            try
            {
                await call(handler, guild, _stopping);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogGuildHandlerFailed(e, handler.GetType().Name, guild.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PainPalBot {Version} starting in {Environment}; storage {StoragePath}; {CommandCount} commands")]
    private partial void LogStarting(string version, string environment, string storagePath, int commandCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "PainPalBot stopped")]
    private partial void LogStopped();

    [LoggerMessage(Level = LogLevel.Information, Message = "{CommandCount} application commands ready (guild {GuildId}; changed: {Changed})")]
    private partial void LogCommandsRegistered(int commandCount, ulong? guildId, bool changed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering application commands failed; the bot answers commands Discord already knows")]
    private partial void LogRegistrationFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "READY carried no application id and Discord:ApplicationId is not set; commands were not registered")]
    private partial void LogNoApplicationId();

    [LoggerMessage(Level = LogLevel.Error, Message = "{Handler} failed on message {MessageId}")]
    private partial void LogHandlerFailed(Exception e, string handler, ulong messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Handler} failed on guild {GuildId}")]
    private partial void LogGuildHandlerFailed(Exception e, string handler, ulong guildId);
}
