namespace PainPalBot.Modules.Connections;

/// <summary>The outcome of "Ask to connect".</summary>
/// <param name="Sent">True when a request went out, or when the other person had already asked and both are now connected.</param>
/// <param name="Message">The sentence for the person (ephemeral); names the other person only when <paramref name="ConnectedUserId"/> is set.</param>
/// <param name="ConnectedUserId">Set when the other person had already asked, so both have said yes.</param>
public sealed record ConnectionRequestResult(bool Sent, string Message, ulong? ConnectedUserId = null);
