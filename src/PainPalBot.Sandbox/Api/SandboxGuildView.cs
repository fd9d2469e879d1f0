namespace PainPalBot.Sandbox.Api;

/// <summary>The pretend server.</summary>
/// <param name="Id">Its snowflake.</param>
/// <param name="Name">Its name.</param>
public sealed record SandboxGuildView(string Id, string Name);
