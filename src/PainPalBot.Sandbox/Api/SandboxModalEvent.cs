using System.Text.Json;

namespace PainPalBot.Sandbox.Api;

/// <summary>The bot asked to show a modal to one person (SSE <c>modal</c>).</summary>
/// <param name="UserId">Who sees it.</param>
/// <param name="ChannelId">Where the interaction happened.</param>
/// <param name="MessageId">The message whose button opened it, if any.</param>
/// <param name="Modal">The modal as Discord JSON: <c>custom_id</c>, <c>title</c>, <c>components</c>.</param>
public sealed record SandboxModalEvent(string UserId, string ChannelId, string? MessageId, JsonElement Modal);
