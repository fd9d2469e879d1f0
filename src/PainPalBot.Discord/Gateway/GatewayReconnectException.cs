namespace PainPalBot.Discord.Gateway;

/// <summary>The client dropped a connection on purpose to reconnect: op 7 RECONNECT, op 9 INVALID_SESSION, or a missed heartbeat ACK.</summary>
public sealed class GatewayReconnectException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GatewayReconnectException() : base("The gateway connection is being replaced.") { }

    /// <summary>Creates the exception with a message.</summary>
    public GatewayReconnectException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public GatewayReconnectException(string message, Exception innerException) : base(message, innerException) { }
}
