using System.Threading.Channels;

namespace PainPalBot.Sandbox;

/// <summary>Fans server-sent events out to every open page; a slow page never holds up the bot.</summary>
public sealed class SandboxEvents
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _subscribers = [];

    /// <summary>How many pages are listening.</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_lock)
                return _subscribers.Count;
        }
    }

    /// <summary>Starts listening; dispose the result to stop.</summary>
    public SandboxSubscription Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_lock)
            _subscribers.Add(channel);
        return new SandboxSubscription(channel.Reader, () =>
        {
            lock (_lock)
                _subscribers.Remove(channel);
        });
    }

    /// <summary>Sends one event, already serialized, to every page.</summary>
    public void Publish(string eventName, string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        ArgumentNullException.ThrowIfNull(json);
        var frame = $"event: {eventName}\ndata: {json}\n\n";
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
                subscriber.Writer.TryWrite(frame);
        }
    }
}
