namespace PainPalBot.FakeDiscord;

/// <summary>A heartbeat (op 1) the client sent: its sequence (<c>d</c>) and when it arrived by the fake's clock.</summary>
public sealed record GatewayHeartbeat(int? Sequence, DateTimeOffset ReceivedAt);
