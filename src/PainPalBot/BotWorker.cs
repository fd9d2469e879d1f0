using System.Reflection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainPalBot.Storage;

namespace PainPalBot;

/// <summary>The bot's main loop: logs a one-line banner, runs until the host stops, and says goodbye.</summary>
public sealed partial class BotWorker(IHostEnvironment environment, IOptions<StorageOptions> storage, ILogger<BotWorker> logger) : BackgroundService
{
    private readonly ILogger<BotWorker> _logger = logger;

    /// <summary>The running version, from the assembly's informational version.</summary>
    public static string Version { get; } =
        typeof(BotWorker).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var storagePath = Path.GetFullPath(storage.Value.Path);
        LogStarting(Version, environment.EnvironmentName, storagePath);
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: Ctrl+C, SIGTERM or StopAsync.
        }
        LogStopped();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PainPalBot {Version} starting in {Environment}; storage {StoragePath}")]
    private partial void LogStarting(string version, string environment, string storagePath);

    [LoggerMessage(Level = LogLevel.Information, Message = "PainPalBot stopped")]
    private partial void LogStopped();
}
