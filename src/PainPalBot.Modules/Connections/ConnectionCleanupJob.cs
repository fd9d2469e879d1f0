using Quartz;

namespace PainPalBot.Modules.Connections;

/// <summary>Every hour: drops expired suggestion tokens and closes requests nobody answered within a week.</summary>
[DisallowConcurrentExecution]
public sealed class ConnectionCleanupJob(ConnectionService connections) : IJob
{
    /// <inheritdoc />
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        connections.Cleanup();
        return ValueTask.CompletedTask;
    }
}
