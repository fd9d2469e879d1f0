namespace PainPalBot.Sandbox.Api;

/// <summary>The command a reply answers.</summary>
/// <param name="Name">The command path, e.g. <c>reminders set</c>, or a message command's name.</param>
/// <param name="UserId">Who ran it.</param>
/// <param name="UserName">Their display name.</param>
/// <param name="Type">Discord's command type: 1 slash (shown as <c>/name</c>), 3 message command (shown as its name).</param>
public sealed record SandboxInteractionView(string Name, string UserId, string UserName, int Type = 1);
