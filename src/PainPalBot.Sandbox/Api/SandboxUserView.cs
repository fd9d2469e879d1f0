namespace PainPalBot.Sandbox.Api;

/// <summary>A pretend person.</summary>
/// <param name="Id">Their snowflake.</param>
/// <param name="Name">Their display name.</param>
/// <param name="Moderator">Whether they act as a moderator (Manage Server and the Moderators role).</param>
/// <param name="Permissions">Their permissions in the server, as Discord's decimal string.</param>
/// <param name="Roles">Their role ids.</param>
public sealed record SandboxUserView(string Id, string Name, bool Moderator, string Permissions, IReadOnlyList<string> Roles);
