namespace PainPalBot.Discord.Gateway;

/// <summary>Where the gateway connection stands, as in Discord.Net.</summary>
public enum ConnectionState
{
    /// <summary>Not connected, and not trying to be.</summary>
    Disconnected,

    /// <summary>Opening a connection, identifying or resuming.</summary>
    Connecting,

    /// <summary>READY or RESUMED received; events are flowing.</summary>
    Connected,

    /// <summary>Closing on request.</summary>
    Disconnecting,
}
