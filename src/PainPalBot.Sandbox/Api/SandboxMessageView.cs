using System.Text.Json;

namespace PainPalBot.Sandbox.Api;

/// <summary>A message as the page shows it: text, Discord's embeds and components as sent, files, and who may see it.</summary>
public sealed record SandboxMessageView
{
    /// <summary>The message's snowflake.</summary>
    public required string Id { get; init; }

    /// <summary>The channel it is in.</summary>
    public required string ChannelId { get; init; }

    /// <summary>Who wrote it.</summary>
    public required SandboxAuthorView Author { get; init; }

    /// <summary>Markdown text.</summary>
    public string Content { get; init; } = "";

    /// <summary>Discord embed JSON (snake_case), as the bot sent it.</summary>
    public JsonElement Embeds { get; init; }

    /// <summary>Discord component JSON (snake_case), as the bot sent it.</summary>
    public JsonElement Components { get; init; }

    /// <summary>Uploaded files, served by the sandbox.</summary>
    public IReadOnlyList<SandboxAttachmentView> Attachments { get; init; } = [];

    /// <summary>Whether the bot sent it with the EPHEMERAL flag.</summary>
    public bool Ephemeral { get; init; }

    /// <summary>For an ephemeral answer, the only person who sees it.</summary>
    public string? VisibleToUserId { get; init; }

    /// <summary>Whether the bot deferred and the page shows "thinking…".</summary>
    public bool Deferred { get; init; }

    /// <summary>Whether it changed after it was first shown.</summary>
    public bool Edited { get; init; }

    /// <summary>When it appeared, on the sandbox clock.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The command that produced it, for "Robin used /checkin".</summary>
    public SandboxInteractionView? Interaction { get; init; }

    /// <summary>Display order: the order the sandbox first saw messages in.</summary>
    public long Order { get; init; }

    /// <summary>Grows with every change, so the page keeps the newest of two copies.</summary>
    public long Version { get; init; }
}
