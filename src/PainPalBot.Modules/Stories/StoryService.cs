using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Stories;

/// <summary>
/// Anonymous stories: sharing, moderation, withdrawal, reply threads, and forgetting who wrote a story once it can no
/// longer be withdrawn. Nothing this service posts, returns to someone else or logs carries the author's id or name;
/// author-initiated log lines carry neither the story id, so logs cannot tie a person to a story either.
/// </summary>
/// <remarks>
/// Retention: the author link (<see cref="Story.AuthorId"/>) is kept while a story is pending and for
/// <see cref="WithdrawWindow"/> after it is posted, then erased by <see cref="RunMaintenanceAsync"/>. A story nobody
/// reviewed within <see cref="PendingLimit"/> is deleted and its author told. Rejected and withdrawn stories are deleted
/// at once. The caller (module) checks that whoever presses Approve / Reject is a moderator.
/// </remarks>
public sealed partial class StoryService(
    StoryStore store,
    ServerSettingsService settings,
    IDiscordRestClient rest,
    StoryAuthorMessenger authors,
    IStoryCrisisCheck crisis,
    IStorySignposting signposting,
    TimeProvider time,
    ILogger<StoryService> log)
{
    /// <summary>The longest story, in characters.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>The longest content warning, in characters.</summary>
    public const int MaxWarningLength = 100;

    /// <summary>The longest topic, in characters.</summary>
    public const int MaxTopicLength = 60;

    /// <summary>How long after posting an author can withdraw a story; then the bot forgets who wrote it.</summary>
    public static readonly TimeSpan WithdrawWindow = TimeSpan.FromDays(30);

    /// <summary>How long a story may wait for a moderator before it is deleted.</summary>
    public static readonly TimeSpan PendingLimit = TimeSpan.FromDays(30);

    private const int MaxDeletionAttempts = 20;
    private const int ThreadAlreadyExists = 160004;
    private const string NotYours = "I couldn't find that story among the ones you can still withdraw. Nothing was changed.";

    private readonly Lock _gate = new();
    private readonly HashSet<ObjectId> _busy = [];

    /// <summary>Shares a story: it waits for a moderator, or is posted at once when the server turned approval off.</summary>
    public async Task<StorySubmitResult> SubmitAsync(ulong guildId, ulong authorId, StorySubmission submission, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var text = submission.Text?.Trim() ?? "";
        var warning = Clean(submission.ContentWarning);
        var topic = Clean(submission.Topic);
        if (text.Length == 0)
            return new(false, null, "Your story was empty, so nothing was saved.");

        // Checked before anything else can turn the author away: whatever happens to the story, they see the helplines.
        var flagged = crisis.IsCrisis(string.Join('\n', text, warning, topic));
        var guild = settings.Get(guildId);
        StorySubmitResult Answer(bool saved, StoryStatus? status, string message) => flagged
            ? new(saved, status, message + "\n\nWhat you wrote sounds really hard. " + signposting.ForCountry(guild.Country), true)
            : new(saved, status, message);

        if (text.Length > MaxTextLength)
            return Answer(false, null, string.Create(CultureInfo.InvariantCulture,
                $"Your story is {text.Length:N0} characters; the limit is {MaxTextLength:N0}. Nothing was saved: please shorten it and share it again."));
        if (warning is { Length: > MaxWarningLength })
            return Answer(false, null, $"The content warning can be at most {MaxWarningLength} characters. Nothing was saved.");
        if (topic is { Length: > MaxTopicLength })
            return Answer(false, null, $"The topic can be at most {MaxTopicLength} characters. Nothing was saved.");
        if (guild.StoriesChannelId is not { } storiesChannel)
            return Answer(false, null, "This server has no stories channel yet, so nothing was saved. A moderator can choose one with /config set stories_channel.");

        // A story with crisis language waits for a human even where approval is off, whenever there is someone to look.
        var review = guild.StoryApprovalRequired || (flagged && guild.ModeratorChannelId is not null);
        if (review && guild.ModeratorChannelId is null)
            return Answer(false, null, "Stories on this server wait for a moderator, but no moderator channel is set yet. Nothing was saved; please let a moderator know.");

        var now = time.GetUtcNow();
        var story = new Story
        {
            Id = ObjectId.NewObjectId(),
            GuildId = guildId,
            AuthorId = authorId,
            Text = text,
            ContentWarning = warning,
            Topic = topic,
            Status = StoryStatus.Pending,
            CrisisFlagged = flagged,
            SubmittedAt = now,
        };

        try
        {
            if (review)
            {
                var moderatorChannel = guild.ModeratorChannelId!.Value;
                var reviewMessage = await rest.CreateMessageAsync(moderatorChannel, StoryRendering.Review(story, guild.StoryApprovalRequired), null, ct);
                store.Add(story with { ReviewChannelId = moderatorChannel, ReviewMessageId = reviewMessage.Id });
                LogShared(log, guildId, StoryStatus.Pending);
                if (flagged) LogCrisisHeld(log, guildId);
                return Answer(true, StoryStatus.Pending,
                    "Thank you for sharing. Your story is waiting for a moderator; nobody will see your name, moderators included. "
                    + "I'll tell you by DM when it's decided, and you can withdraw it any time with /share withdraw.");
            }

            var post = await rest.CreateMessageAsync(storiesChannel, StoryRendering.Post(story), null, ct);
            store.Add(story with { Status = StoryStatus.Posted, PostedAt = now, ChannelId = storiesChannel, MessageId = post.Id });
            LogShared(log, guildId, StoryStatus.Posted);
            return Answer(true, StoryStatus.Posted,
                $"Thank you for sharing. Your story is posted in <#{storiesChannel}> without your name. "
                + $"You can withdraw it with /share withdraw until {Day(now + WithdrawWindow)}; after that the bot forgets who wrote it.");
        }
        catch (DiscordApiException e) when (IsChannelProblem(e))
        {
            LogChannelRefused(log, guildId, e.Code ?? 0);
            return Answer(false, null, "I couldn't post in the server's story channels (the bot may lack permission there). Nothing was saved; please let a moderator know.");
        }
    }

    /// <summary>A moderator approved a pending story: it is posted, and the author is told by DM.</summary>
    public async Task<StoryDecisionResult> ApproveAsync(ulong guildId, string storyId, ulong moderatorId, CancellationToken ct = default)
    {
        if (!TryParse(storyId, out var id))
            return new(false, "This story no longer exists. Nothing was posted.");
        if (!TryBegin(id))
            return new(false, "Someone is already handling this story; try again in a moment.");
        try
        {
            var story = store.Find(id);
            if (story is null || story.GuildId != guildId)
                return new(false, "This story no longer exists; its author may have withdrawn it. Nothing was posted.", "This story was withdrawn before a decision.");
            if (story.Status != StoryStatus.Pending)
                return new(false, "This story was already approved. Nothing was changed.");
            if (settings.Get(guildId).StoriesChannelId is not { } channel)
                return new(false, "There is no stories channel yet: choose one with /config set stories_channel, then press Approve again. The story is still waiting.");

            Message post;
            try
            {
                post = await rest.CreateMessageAsync(channel, StoryRendering.Post(story), null, ct);
            }
            catch (DiscordApiException e) when (IsChannelProblem(e))
            {
                LogChannelRefused(log, guildId, e.Code ?? 0);
                return new(false, $"I couldn't post in <#{channel}>; please check the bot's permissions there. The story is still waiting.");
            }

            var now = time.GetUtcNow();
            store.Update(story with
            {
                Status = StoryStatus.Posted,
                PostedAt = now,
                ApprovedBy = moderatorId,
                ChannelId = channel,
                MessageId = post.Id,
                ReviewChannelId = null,
                ReviewMessageId = null,
            });
            LogApproved(log, story.Id, guildId, moderatorId);

            var told = story.AuthorId is { } author && await authors.TellAsync(author,
                $"Your story “{StoryRendering.Preview(story.Text)}” was approved and is now in <#{channel}>, without your name. "
                + $"You can withdraw it with /share withdraw until {Day(now + WithdrawWindow)}.", ct);
            return new(true,
                $"Approved and posted in <#{channel}>. {(told ? "The author has been told by DM" : "The author could not be reached by DM")}; their name stays hidden.",
                $"✅ Approved by <@{moderatorId}> and posted in <#{channel}>.");
        }
        finally
        {
            End(id);
        }
    }

    /// <summary>A moderator rejected a pending story: it is deleted, and the author is told by DM.</summary>
    public async Task<StoryDecisionResult> RejectAsync(ulong guildId, string storyId, ulong moderatorId, CancellationToken ct = default)
    {
        if (!TryParse(storyId, out var id))
            return new(false, "This story no longer exists. Nothing was changed.");
        if (!TryBegin(id))
            return new(false, "Someone is already handling this story; try again in a moment.");
        try
        {
            var story = store.Find(id);
            if (story is null || story.GuildId != guildId)
                return new(false, "This story no longer exists; its author may have withdrawn it. Nothing was changed.", "This story was withdrawn before a decision.");
            if (story.Status != StoryStatus.Pending)
                return new(false, "This story was already approved and posted; only its author can withdraw it now. Nothing was changed.");

            store.Remove(id);
            LogRejected(log, story.Id, guildId, moderatorId);
            var told = story.AuthorId is { } author && await authors.TellAsync(author,
                $"A moderator decided not to post your story “{StoryRendering.Preview(story.Text)}”. It has been deleted, and nobody saw your name. "
                + "Thank you for trusting us with it; you're welcome to share again.", ct);
            return new(true,
                $"Rejected. The story is deleted{(told ? " and its author has been told by DM" : "; its author could not be reached by DM")}. Nobody learns who wrote it.",
                $"❌ Rejected by <@{moderatorId}>. The story has been deleted.");
        }
        finally
        {
            End(id);
        }
    }

    /// <summary>The stories the person can still withdraw, newest first (at most 25), optionally in one server.</summary>
    public MyStoriesResult Mine(ulong userId, ulong? guildId = null)
    {
        var stories = store.ByAuthor(userId)
            .Where(s => guildId is null || s.GuildId == guildId)
            .Take(25)
            .Select(s => new StorySummary(s.Id.ToString(), s.Status, StoryRendering.Preview(s.Text), s.SubmittedAt, s.PostedAt + WithdrawWindow))
            .ToList();
        if (stories.Count == 0)
            return new("You have no stories you can withdraw. A story can be withdrawn while it waits and for 30 days after it is posted; after that, the bot no longer knows who wrote it.", stories);
        var lines = stories.Select((s, i) => s.Status == StoryStatus.Pending
            ? $"{i + 1}. “{s.Preview}”: waiting for a moderator"
            : $"{i + 1}. “{s.Preview}”: posted; can be withdrawn until {Day(s.WithdrawableUntil!.Value)}");
        return new($"You can withdraw {(stories.Count == 1 ? "this story" : $"these {stories.Count} stories")}:\n" + string.Join('\n', lines), stories);
    }

    /// <summary>The author withdraws a story, pending or posted: its messages and everything the bot kept of it are deleted.</summary>
    public async Task<StoryWithdrawResult> WithdrawAsync(ulong userId, string storyId, CancellationToken ct = default)
    {
        if (!TryParse(storyId, out var id))
            return new(false, NotYours);
        if (!TryBegin(id))
            return new(false, "This story is being handled right now; try again in a moment. Nothing was changed.");
        try
        {
            var story = store.Find(id);
            if (story is null || story.AuthorId != userId)
                return new(false, NotYours);

            bool deleted;
            string message;
            if (story.Status == StoryStatus.Pending)
            {
                deleted = await DeleteOrQueueAsync(story.GuildId, story.ReviewChannelId, story.ReviewMessageId, ct);
                message = "Your story is withdrawn and deleted. Moderators won't see it any more, and nobody learnt your name.";
            }
            else
            {
                deleted = await DeleteOrQueueAsync(story.GuildId, story.ChannelId, story.MessageId, ct);
                message = deleted
                    ? "Your story is withdrawn: the post is deleted, and so is everything the bot kept of it."
                    : "Your story is withdrawn and everything the bot kept of it is deleted. The post will disappear from the channel within a few minutes.";
                if (story.ThreadId is not null)
                    message += " Replies in its thread stay, because they belong to the people who wrote them.";
            }

            store.Remove(id);
            LogWithdrawn(log, story.GuildId, story.Status);
            return new(true, message);
        }
        finally
        {
            End(id);
        }
    }

    /// <summary>A member pressed "Reply in a thread": opens (once) the thread under the post and points to it.</summary>
    public async Task<StoryReplyResult> OpenRepliesAsync(ulong guildId, string storyId, CancellationToken ct = default)
    {
        const string Gone = "This story is no longer here; its author may have withdrawn it.";
        if (!TryParse(storyId, out var id))
            return new(false, Gone);
        var story = store.Find(id);
        if (story is not { Status: StoryStatus.Posted, ChannelId: { } channel, MessageId: { } message } || story.GuildId != guildId)
            return new(false, Gone);
        if (story.ThreadId is { } existing)
            return new(true, ThreadAnswer(existing), existing);
        if (!TryBegin(id))
            return new(false, "Someone is opening the reply thread right now; try again in a moment.");
        try
        {
            var thread = await rest.StartThreadFromMessageAsync(channel, message, new StartThreadRequest
            {
                Name = story.Topic is { Length: > 0 } topic ? Truncate($"Replies · {topic}", 100) : "Replies to a story",
                AutoArchiveDuration = 10080,
            }, ct);
            store.Update(story with { ThreadId = thread.Id });
            LogThreadOpened(log, story.Id, thread.Id);
            return new(true, ThreadAnswer(thread.Id), thread.Id);
        }
        catch (DiscordApiException e) when (e.Code == ThreadAlreadyExists)
        {
            return new(true, "Replies to this story are in the thread under it. Please be gentle: the author may read them.");
        }
        finally
        {
            End(id);
        }
    }

    /// <summary>
    /// Erases the author of stories posted more than <see cref="WithdrawWindow"/> ago, deletes stories that waited longer
    /// than <see cref="PendingLimit"/> (telling their authors), and deletes queued Discord messages.
    /// </summary>
    public async Task<StoryMaintenanceResult> RunMaintenanceAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();

        var erased = 0;
        foreach (var story in store.LinkedPostedBefore(now - WithdrawWindow))
        {
            if (!TryBegin(story.Id)) continue;
            try
            {
                if (store.Update(story with { AuthorId = null })) erased++;
            }
            finally
            {
                End(story.Id);
            }
        }

        var expired = 0;
        foreach (var story in store.PendingBefore(now - PendingLimit))
        {
            if (!TryBegin(story.Id)) continue;
            try
            {
                await DeleteOrQueueAsync(story.GuildId, story.ReviewChannelId, story.ReviewMessageId, ct);
                store.Remove(story.Id);
                expired++;
                if (story.AuthorId is { } author)
                    await authors.TellAsync(author,
                        $"Your story “{StoryRendering.Preview(story.Text)}” waited 30 days without a moderator's decision, so it has been deleted. "
                        + "Nobody saw your name. You're welcome to share it again.", ct);
            }
            finally
            {
                End(story.Id);
            }
        }

        var deleted = 0;
        foreach (var queued in store.QueuedDeletions())
        {
            try
            {
                await rest.DeleteMessageAsync(queued.ChannelId, queued.MessageId, ct);
                store.RemoveDeletion(queued.Id);
                deleted++;
            }
            catch (DiscordApiException e) when (IsGone(e))
            {
                store.RemoveDeletion(queued.Id);
                deleted++;
            }
            catch (Exception e) when (e is DiscordApiException or HttpRequestException)
            {
                if (queued.Attempts + 1 >= MaxDeletionAttempts)
                {
                    store.RemoveDeletion(queued.Id);
                    LogDeletionAbandoned(log, queued.GuildId, queued.Attempts + 1);
                }
                else
                {
                    store.UpdateDeletion(queued with { Attempts = queued.Attempts + 1 });
                }
            }
        }

        if (erased + expired + deleted > 0) LogMaintenance(log, erased, expired, deleted);
        return new(erased, expired, deleted);
    }

    // True when the message is gone now; false when it was queued for the maintenance job.
    private async Task<bool> DeleteOrQueueAsync(ulong guildId, ulong? channelId, ulong? messageId, CancellationToken ct)
    {
        if (channelId is not { } channel || messageId is not { } message) return true;
        try
        {
            await rest.DeleteMessageAsync(channel, message, ct);
            return true;
        }
        catch (DiscordApiException e) when (IsGone(e))
        {
            return true;
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException)
        {
            store.QueueDeletion(new StoryMessageDeletion { Id = ObjectId.NewObjectId(), GuildId = guildId, ChannelId = channel, MessageId = message, QueuedAt = time.GetUtcNow() });
            return false;
        }
    }

    private bool TryBegin(ObjectId id)
    {
        lock (_gate) return _busy.Add(id);
    }

    private void End(ObjectId id)
    {
        lock (_gate) _busy.Remove(id);
    }

    private static bool TryParse(string? storyId, out ObjectId id)
    {
        id = ObjectId.Empty;
        if (storyId is not { Length: 24 } || !storyId.All(char.IsAsciiHexDigit)) return false;
        id = new ObjectId(storyId);
        return true;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    private static string ThreadAnswer(ulong threadId) => $"Replies to this story go in <#{threadId}>. Please be gentle: the author may read them.";

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static bool IsGone(DiscordApiException e) => e.Code is DiscordErrorCodes.UnknownMessage or DiscordErrorCodes.UnknownChannel;

    private static bool IsChannelProblem(DiscordApiException e) =>
        e.Code is DiscordErrorCodes.UnknownChannel or DiscordErrorCodes.MissingAccess or DiscordErrorCodes.MissingPermissions;

    [LoggerMessage(Level = LogLevel.Information, Message = "A story was shared in guild {GuildId} ({StoryStatus})")]
    private static partial void LogShared(ILogger logger, ulong guildId, StoryStatus storyStatus);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A story shared in guild {GuildId} holds crisis language; moderators were alerted and the author signposted")]
    private static partial void LogCrisisHeld(ILogger logger, ulong guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord refused a story post in guild {GuildId} ({DiscordCode})")]
    private static partial void LogChannelRefused(ILogger logger, ulong guildId, int discordCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Story {StoryId} in guild {GuildId} approved by {ModeratorId}")]
    private static partial void LogApproved(ILogger logger, ObjectId storyId, ulong guildId, ulong moderatorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Story {StoryId} in guild {GuildId} rejected by {ModeratorId}")]
    private static partial void LogRejected(ILogger logger, ObjectId storyId, ulong guildId, ulong moderatorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "A story in guild {GuildId} was withdrawn ({StoryStatus})")]
    private static partial void LogWithdrawn(ILogger logger, ulong guildId, StoryStatus storyStatus);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reply thread {ThreadId} opened for story {StoryId}")]
    private static partial void LogThreadOpened(ILogger logger, ObjectId storyId, ulong threadId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up deleting a story message in guild {GuildId} after {AttemptCount} attempts")]
    private static partial void LogDeletionAbandoned(ILogger logger, ulong guildId, int attemptCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Story maintenance: {AuthorCount} author links erased, {ExpiredCount} unreviewed stories deleted, {MessageCount} messages deleted")]
    private static partial void LogMaintenance(ILogger logger, int authorCount, int expiredCount, int messageCount);
}
