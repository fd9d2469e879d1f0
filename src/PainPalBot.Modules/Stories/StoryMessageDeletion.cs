using LiteDB;

namespace PainPalBot.Modules.Stories;

/// <summary>A story message the bot still has to delete on Discord (after a data deletion, or when Discord was unavailable).</summary>
public sealed record StoryMessageDeletion
{
    /// <summary>The queue entry's id.</summary>
    public ObjectId Id { get; init; } = ObjectId.Empty;

    /// <summary>The server, so the entry goes when the server's data goes.</summary>
    public ulong GuildId { get; init; }

    /// <summary>The channel holding the message.</summary>
    public ulong ChannelId { get; init; }

    /// <summary>The message to delete.</summary>
    public ulong MessageId { get; init; }

    /// <summary>When the deletion was queued.</summary>
    public DateTimeOffset QueuedAt { get; init; }

    /// <summary>How many times deleting failed so far.</summary>
    public int Attempts { get; init; }
}
