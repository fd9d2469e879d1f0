using System.Threading.Channels;

namespace PainPalBot.Sandbox;

/// <summary>One page's stream of server-sent event frames.</summary>
public sealed class SandboxSubscription : IDisposable
{
    private readonly Action _unsubscribe;
    private int _disposed;

    internal SandboxSubscription(ChannelReader<string> frames, Action unsubscribe)
    {
        Frames = frames;
        _unsubscribe = unsubscribe;
    }

    /// <summary>Frames ready to write, each a complete <c>event:</c>/<c>data:</c> block.</summary>
    public ChannelReader<string> Frames { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
            _unsubscribe();
    }
}
