namespace PainPalBot.Sandbox.Api;

/// <summary>The sandbox clock.</summary>
/// <param name="Now">"Now" for the bot.</param>
/// <param name="OffsetMinutes">How far ahead of real time it is.</param>
public sealed record SandboxClockView(DateTimeOffset Now, double OffsetMinutes);
