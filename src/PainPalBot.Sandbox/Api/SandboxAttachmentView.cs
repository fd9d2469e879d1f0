namespace PainPalBot.Sandbox.Api;

/// <summary>A file on a message.</summary>
/// <param name="Id">The attachment's snowflake.</param>
/// <param name="Filename">Its file name (what <c>attachment://name</c> in an embed refers to).</param>
/// <param name="Url">Where the page loads it from (same origin).</param>
/// <param name="Description">Alt text the bot gave it.</param>
/// <param name="ContentType">Its media type, when known.</param>
public sealed record SandboxAttachmentView(string Id, string Filename, string Url, string? Description, string? ContentType);
