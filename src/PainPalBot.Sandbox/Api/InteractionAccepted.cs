namespace PainPalBot.Sandbox.Api;

/// <summary>The bot answered an interaction in time.</summary>
/// <param name="InteractionId">The interaction's snowflake.</param>
/// <param name="CallbackType">Discord's callback type (4 message, 5 deferred, 6 deferred update, 7 update, 9 modal).</param>
public sealed record InteractionAccepted(string InteractionId, int CallbackType);
