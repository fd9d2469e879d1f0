namespace PainPalBot.Sandbox.Api;

/// <summary>The command a reply answers.</summary>
/// <param name="Name">The command path, e.g. <c>reminders set</c>.</param>
/// <param name="UserId">Who ran it.</param>
/// <param name="UserName">Their display name.</param>
public sealed record SandboxInteractionView(string Name, string UserId, string UserName);
