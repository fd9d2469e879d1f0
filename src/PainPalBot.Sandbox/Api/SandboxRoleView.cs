namespace PainPalBot.Sandbox.Api;

/// <summary>A role of the pretend server.</summary>
/// <param name="Id">Its snowflake.</param>
/// <param name="Name">Its name.</param>
public sealed record SandboxRoleView(string Id, string Name);
