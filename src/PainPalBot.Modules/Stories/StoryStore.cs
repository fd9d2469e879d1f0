using LiteDB;

namespace PainPalBot.Modules.Stories;

/// <summary>Stories and the queue of story messages still to delete on Discord, in LiteDB.</summary>
/// <remarks>ulong members are stored as Int64, so every lookup by them goes through LINQ, never FindById(ulong).</remarks>
public sealed class StoryStore
{
    private readonly ILiteCollection<Story> _stories;
    private readonly ILiteCollection<StoryMessageDeletion> _deletions;

    /// <summary>Opens the collections and makes sure their indexes exist.</summary>
    public StoryStore(ILiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _stories = db.GetCollection<Story>("stories");
        _stories.EnsureIndex(s => s.GuildId);
        _stories.EnsureIndex(s => s.AuthorId);
        _stories.EnsureIndex(s => s.Status);
        _deletions = db.GetCollection<StoryMessageDeletion>("story_message_deletions");
        _deletions.EnsureIndex(d => d.GuildId);
    }

    /// <summary>Saves a new story.</summary>
    public void Add(Story story) => _stories.Insert(story);

    /// <summary>Replaces a story; false when it no longer exists.</summary>
    public bool Update(Story story) => _stories.Update(story);

    /// <summary>One story by id, or null.</summary>
    public Story? Find(ObjectId id) => _stories.FindById(id);

    /// <summary>Deletes one story; false when it was already gone.</summary>
    public bool Remove(ObjectId id) => _stories.Delete(id);

    /// <summary>The stories still linked to the person, newest first.</summary>
    public List<Story> ByAuthor(ulong userId) =>
        [.. _stories.Find(s => s.AuthorId == userId).OrderByDescending(s => s.SubmittedAt)];

    /// <summary>Posted stories posted before <paramref name="cutoff"/> that still carry their author.</summary>
    public List<Story> LinkedPostedBefore(DateTimeOffset cutoff) =>
        [.. _stories.Find(s => s.Status == StoryStatus.Posted && s.AuthorId != null && s.PostedAt < cutoff)];

    /// <summary>Pending stories shared before <paramref name="cutoff"/>.</summary>
    public List<Story> PendingBefore(DateTimeOffset cutoff) =>
        [.. _stories.Find(s => s.Status == StoryStatus.Pending && s.SubmittedAt < cutoff)];

    /// <summary>Deletes every story of a server; returns how many.</summary>
    public int DeleteGuild(ulong guildId) => _stories.DeleteMany(s => s.GuildId == guildId);

    /// <summary>Queues a Discord message for deletion by the maintenance job.</summary>
    public void QueueDeletion(StoryMessageDeletion deletion) => _deletions.Insert(deletion);

    /// <summary>Messages waiting to be deleted on Discord, oldest first.</summary>
    public List<StoryMessageDeletion> QueuedDeletions() => [.. _deletions.FindAll().OrderBy(d => d.QueuedAt)];

    /// <summary>Replaces a queue entry (to count a failed attempt).</summary>
    public void UpdateDeletion(StoryMessageDeletion deletion) => _deletions.Update(deletion);

    /// <summary>Takes a message off the queue.</summary>
    public void RemoveDeletion(ObjectId id) => _deletions.Delete(id);

    /// <summary>Drops a server's queued deletions (its channels are gone with it); returns how many.</summary>
    public int DeleteGuildDeletions(ulong guildId) => _deletions.DeleteMany(d => d.GuildId == guildId);
}
