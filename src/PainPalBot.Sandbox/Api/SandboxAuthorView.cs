namespace PainPalBot.Sandbox.Api;

/// <summary>A message's author.</summary>
/// <param name="Id">The user's snowflake.</param>
/// <param name="Name">The display name.</param>
/// <param name="Bot">Whether it is the bot.</param>
public sealed record SandboxAuthorView(string Id, string Name, bool Bot);
