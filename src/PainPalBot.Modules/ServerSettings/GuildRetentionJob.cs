using Quartz;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>Once a day, forgets servers the bot left more than 30 days ago.</summary>
[DisallowConcurrentExecution]
public sealed class GuildRetentionJob(ServerSettingsService settings) : IJob
{
    /// <inheritdoc />
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        settings.PurgeExpired();
        return ValueTask.CompletedTask;
    }
}
