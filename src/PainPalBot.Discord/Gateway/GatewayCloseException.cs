namespace PainPalBot.Discord.Gateway;

/// <summary>The gateway closed the connection with a close code (topics/opcodes-and-status-codes).</summary>
public sealed class GatewayCloseException : Exception
{
    /// <summary>Creates the exception for a close code.</summary>
    public GatewayCloseException(int? closeCode, string? reason)
        : base(closeCode is { } code ? $"The gateway closed the connection with code {code}{(string.IsNullOrEmpty(reason) ? "" : $": {reason}")}." : "The gateway closed the connection without a close code.")
    {
        CloseCode = closeCode;
        Reason = reason;
    }

    /// <summary>Creates the exception with no close code.</summary>
    public GatewayCloseException() : this((int?)null, null) { }

    /// <summary>Creates the exception with a message.</summary>
    public GatewayCloseException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public GatewayCloseException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The close code, or null when the connection ended without one.</summary>
    public int? CloseCode { get; }

    /// <summary>The close reason the gateway gave.</summary>
    public string? Reason { get; }

    /// <summary>Whether the client may reconnect (false for 4004 and 4010–4014).</summary>
    public bool CanReconnect => CloseCode is not { } code || GatewayCloseCodes.CanReconnect(code);
}
