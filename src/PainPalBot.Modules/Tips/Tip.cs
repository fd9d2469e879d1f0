using LiteDB;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Tips;

/// <summary>A member's tip about what helps them; shown in the library without the author's name.</summary>
public sealed record Tip : IHealthData
{
    /// <summary>The tip's id; appears in button custom ids.</summary>
    public ObjectId Id { get; init; } = ObjectId.Empty;

    /// <summary>The server's library it belongs to.</summary>
    public ulong GuildId { get; init; }

    /// <summary>Who shared it (for their export, deletion, and so they can't vote for it).</summary>
    public ulong AuthorId { get; init; }

    /// <summary>The tip (at most <see cref="TipService.MaxTextLength"/> characters).</summary>
    public string Text { get; init; } = "";

    /// <summary>Lower-case tags, e.g. <c>sleep</c>, <c>pacing</c>.</summary>
    public string[] Tags { get; init; } = [];

    /// <summary>Pending or approved.</summary>
    public TipStatus Status { get; init; }

    /// <summary>When it was shared.</summary>
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>When it entered the library.</summary>
    public DateTimeOffset? ApprovedAt { get; init; }

    /// <summary>The moderator who approved it (null when approval was off).</summary>
    public ulong? ApprovedBy { get; init; }

    /// <summary>How many people said "this helped me" (kept equal to the votes stored for it).</summary>
    public int HelpfulCount { get; init; }

    /// <summary>The moderator channel holding the review message.</summary>
    public ulong? ReviewChannelId { get; init; }

    /// <summary>The review message with Approve / Reject.</summary>
    public ulong? ReviewMessageId { get; init; }

    /// <summary>Ids only: a tip's text never reaches a log.</summary>
    public override string ToString() => $"Tip {{ Id = {Id}, GuildId = {GuildId}, Status = {Status} }}";
}
