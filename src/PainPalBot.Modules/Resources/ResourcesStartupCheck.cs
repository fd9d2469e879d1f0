using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PainPalBot.Modules.Resources;

/// <summary>Loads the curated library when the host starts, so a bad entry stops the bot with one message naming it.</summary>
public sealed partial class ResourcesStartupCheck(ResourceCatalog catalog, ILogger<ResourcesStartupCheck> log) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogLoaded(log, catalog.Resources.Count);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Resource library loaded: {ResourceCount} curated entries")]
    private static partial void LogLoaded(ILogger logger, int resourceCount);
}
