namespace PainPalBot.Sandbox.Api;

/// <summary>A person's message was posted and dispatched.</summary>
/// <param name="MessageId">Its snowflake.</param>
public sealed record MessageAccepted(string MessageId);
