namespace PainPalBot.Discord.Gateway;

/// <summary>
/// Timings of <see cref="GatewayClient"/> that Discord's protocol leaves to the client. The defaults suit
/// production; tests shorten them and fix the jitter.
/// </summary>
public sealed class GatewayClientOptions
{
    /// <summary>Random number in [0, 1) used for the first heartbeat and for reconnect jitter.</summary>
    public Func<double> Jitter { get; set; } = Random.Shared.NextDouble;

    /// <summary>First reconnect delay; each consecutive failure doubles it, with jitter.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest reconnect delay.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Shortest wait after op 9 INVALID_SESSION (false) before identifying again; Discord says 1–5 s.</summary>
    public TimeSpan InvalidSessionMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait after op 9 INVALID_SESSION (false) before identifying again.</summary>
    public TimeSpan InvalidSessionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Time between two identifies of this shard (max_concurrency is per 5 seconds).</summary>
    public TimeSpan IdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait for the socket to open or close before giving up on it.</summary>
    public TimeSpan SocketTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long disposing the client waits for the close and for running event handlers before leaving
    /// them behind (real time, whatever clock the client runs on).
    /// </summary>
    public TimeSpan DisposeWait { get; set; } = TimeSpan.FromSeconds(10);
}
