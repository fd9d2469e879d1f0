namespace PainPalBot.Discord.Gateway;

/// <summary>Why a connection ended and what follows.</summary>
internal readonly record struct ConnectionEnd(ConnectionEndKind Kind, Exception Reason);
