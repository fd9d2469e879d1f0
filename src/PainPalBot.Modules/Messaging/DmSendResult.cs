namespace PainPalBot.Modules.Messaging;

/// <summary>The outcome of a DM: sent (with the message id) or refused because DMs are closed.</summary>
public sealed record DmSendResult(DmSendStatus Status, ulong? MessageId = null);
