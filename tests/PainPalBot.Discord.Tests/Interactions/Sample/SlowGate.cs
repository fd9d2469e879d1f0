namespace PainPalBot.Discord.Tests.Interactions.Sample;

/// <summary>Holds the slow sample handler until the test lets it go.</summary>
public sealed class SlowGate
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when opened.</summary>
    public Task WaitAsync() => _open.Task;

    /// <summary>Lets the handler go on.</summary>
    public void Open() => _open.TrySetResult();
}
