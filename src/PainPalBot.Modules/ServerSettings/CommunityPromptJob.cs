using Quartz;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>Quartz's entry to community prompts: every minute it posts what is due, one run at a time.</summary>
[DisallowConcurrentExecution]
public sealed class CommunityPromptJob(CommunityPromptService prompts) : IJob
{
    /// <summary>The job's key in the scheduler.</summary>
    public static readonly JobKey Key = new("community-prompts", "server-settings");

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await prompts.RunDueAsync(cancellationToken);
    }
}
