using Quartz;

namespace PainPalBot.Modules.Stories;

/// <summary>Every few minutes: forgets authors whose withdraw window ended, expires unreviewed stories, deletes queued messages.</summary>
[DisallowConcurrentExecution]
public sealed class StoryMaintenanceJob(StoryService stories) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await stories.RunMaintenanceAsync(cancellationToken);
}
