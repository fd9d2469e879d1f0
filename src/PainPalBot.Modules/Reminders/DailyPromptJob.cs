using Quartz;

namespace PainPalBot.Modules.Reminders;

/// <summary>
/// Quartz's entry to the prompt run: every <see cref="ReminderOptions.PollInterval"/> it sends what is due.
/// One run at a time, so a slow run is never overlapped by the next.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DailyPromptJob(PromptDispatcher dispatcher) : IJob
{
    /// <summary>The job's key in the scheduler.</summary>
    public static readonly JobKey Key = new("daily-prompts", "reminders");

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await dispatcher.RunAsync(cancellationToken);
    }
}
