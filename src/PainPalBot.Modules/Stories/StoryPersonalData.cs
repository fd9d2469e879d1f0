using System.Globalization;
using LiteDB;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Stories;

/// <summary>
/// The stories still linked to a person (pending, or posted within the withdraw window), for export and deletion.
/// Stories whose author link was erased are no longer anyone's, so they are in no export.
/// </summary>
public sealed class StoryPersonalData(StoryStore store, TimeProvider time) : IPersonalData
{
    /// <inheritdoc />
    public string Section => "stories";

    /// <inheritdoc />
    public PersonalDataSection Export(ulong userId) => new(
        Section,
        ["id", "guild_id", "status", "submitted_at_utc", "posted_at_utc", "withdrawable_until_utc", "topic", "content_warning", "text"],
        [.. store.ByAuthor(userId).Select(s => (IReadOnlyList<string?>)
        [
            s.Id.ToString(),
            s.GuildId.ToString(CultureInfo.InvariantCulture),
            s.Status.ToString(),
            Utc(s.SubmittedAt),
            s.PostedAt is { } posted ? Utc(posted) : null,
            s.PostedAt is { } p ? Utc(p + StoryService.WithdrawWindow) : null,
            s.Topic,
            s.ContentWarning,
            s.Text,
        ])]);

    /// <summary>Deletes the person's linked stories; their Discord posts and review messages are queued for deletion.</summary>
    public int Delete(ulong userId)
    {
        var removed = 0;
        foreach (var story in store.ByAuthor(userId))
        {
            Queue(story.GuildId, story.ChannelId, story.MessageId);
            Queue(story.GuildId, story.ReviewChannelId, story.ReviewMessageId);
            if (store.Remove(story.Id)) removed++;
        }
        return removed;
    }

    private void Queue(ulong guildId, ulong? channelId, ulong? messageId)
    {
        if (channelId is { } channel && messageId is { } message)
            store.QueueDeletion(new StoryMessageDeletion { Id = ObjectId.NewObjectId(), GuildId = guildId, ChannelId = channel, MessageId = message, QueuedAt = time.GetUtcNow() });
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
