namespace PainPalBot.FakeDiscord;

/// <summary>Wakes every waiter whenever something changed; waiters re-check their condition.</summary>
internal sealed class AsyncSignal
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking after every pulse; fails after a timeout instead of hanging a test.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout ?? DefaultTimeout);
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (condition())
                return;
            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TimeoutException($"FakeDiscord: timed out waiting for {what}.");
            }
        }
    }
}
