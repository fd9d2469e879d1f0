namespace PainPalBot.Sandbox.Api;

/// <summary>A message went away (SSE <c>delete</c>).</summary>
/// <param name="Id">The message.</param>
/// <param name="ChannelId">Its channel.</param>
public sealed record SandboxDeleteEvent(string Id, string ChannelId);
