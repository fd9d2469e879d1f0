namespace PainPalBot.Discord.Gateway;

/// <summary>The <c>d</c> of op 10 HELLO.</summary>
public sealed record HelloPayload
{
    /// <summary>How often to heartbeat, in milliseconds.</summary>
    public int HeartbeatInterval { get; init; }
}
