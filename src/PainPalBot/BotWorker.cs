using System.Reflection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainPalBot.Storage;

namespace PainPalBot;

/// <summary>The bot's main loop: logs a one-line banner, runs until the host stops, and says goodbye.</summary>
public sealed partial class BotWorker(IHostEnvironment environment, IOptions<StorageOptions> storage, ILogger<BotWorker> log) : BackgroundService
{
    /// <summary>The running version, from the assembly's informational version.</summary>
    public static string Version { get; } =
        typeof(BotWorker).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        log.LogInformation("PainPalBot {Version} starting in {Environment}; storage {StoragePath}",
            Version, environment.EnvironmentName, Path.GetFullPath(storage.Value.Path));
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: Ctrl+C, SIGTERM or StopAsync.
        }
        log.LogInformation("PainPalBot stopped");
    }
}
