using LiteDB;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Stories;

/// <summary>
/// One anonymous story. <see cref="AuthorId"/> is the only link to the person who wrote it; it is kept only while the
/// story can be withdrawn (pending, or up to <see cref="StoryService.WithdrawWindow"/> after posting) and then erased.
/// </summary>
public sealed record Story : IHealthData
{
    /// <summary>The story's id; appears in moderators' button custom ids, never next to the author.</summary>
    public ObjectId Id { get; init; } = ObjectId.Empty;

    /// <summary>The server it was shared in.</summary>
    public ulong GuildId { get; init; }

    /// <summary>Who wrote it, while the story can still be withdrawn; null once erased.</summary>
    public ulong? AuthorId { get; init; }

    /// <summary>The story itself (at most <see cref="StoryService.MaxTextLength"/> characters).</summary>
    public string Text { get; init; } = "";

    /// <summary>An optional content warning; the text is then posted behind a spoiler.</summary>
    public string? ContentWarning { get; init; }

    /// <summary>An optional topic, shown in the post's title.</summary>
    public string? Topic { get; init; }

    /// <summary>Pending or posted.</summary>
    public StoryStatus Status { get; init; }

    /// <summary>Whether the crisis check found crisis language in it.</summary>
    public bool CrisisFlagged { get; init; }

    /// <summary>When it was shared.</summary>
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>When it was posted in the stories channel.</summary>
    public DateTimeOffset? PostedAt { get; init; }

    /// <summary>The moderator who approved it (null when approval was off).</summary>
    public ulong? ApprovedBy { get; init; }

    /// <summary>The stories channel it was posted in.</summary>
    public ulong? ChannelId { get; init; }

    /// <summary>The public post.</summary>
    public ulong? MessageId { get; init; }

    /// <summary>The reply thread started from the post, once someone asked for it.</summary>
    public ulong? ThreadId { get; init; }

    /// <summary>The moderator channel holding the review message.</summary>
    public ulong? ReviewChannelId { get; init; }

    /// <summary>The review message with Approve / Reject.</summary>
    public ulong? ReviewMessageId { get; init; }

    /// <summary>Ids only: a story's text and author must never reach a log.</summary>
    public override string ToString() => $"Story {{ Id = {Id}, GuildId = {GuildId}, Status = {Status} }}";
}
