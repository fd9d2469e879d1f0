namespace PainPalBot.Discord.Gateway;

/// <summary>An event on its way from the receive loop to the handlers: its type, its parsed data, or the disconnect reason.</summary>
internal sealed record GatewayDispatch(string Type, object? Data, Exception? Error = null)
{
    /// <summary>The pseudo event type for a lost connection.</summary>
    public const string DisconnectedType = "__DISCONNECTED";
}
