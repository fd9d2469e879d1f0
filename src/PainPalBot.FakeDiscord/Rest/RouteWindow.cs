namespace PainPalBot.FakeDiscord;

/// <summary>One enforced route bucket: a fixed window that opens with its first request.</summary>
internal sealed class RouteWindow
{
    /// <summary>When the window closes, as a timestamp.</summary>
    public long EndsAt { get; set; }

    /// <summary>Requests accepted in this window.</summary>
    public int Count { get; set; }
}
