using LiteDB;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// One crisis alert to a server's moderators, raised by crisis watch or by members asking them to check in.
/// It points at the message (ids for a jump link) and deliberately never holds its text.
/// </summary>
public sealed record CrisisAlert
{
    /// <summary>The document id (also in the alert's button ids).</summary>
    public ObjectId Id { get; init; } = ObjectId.Empty;

    /// <summary>The server.</summary>
    public ulong GuildId { get; init; }

    /// <summary>The channel the message was written in.</summary>
    public ulong ChannelId { get; init; }

    /// <summary>The message that raised the alert.</summary>
    public ulong MessageId { get; init; }

    /// <summary>Who wrote it.</summary>
    public ulong UserId { get; init; }

    /// <summary>When the alert was raised.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The moderator channel the alert was posted in.</summary>
    public ulong? AlertChannelId { get; init; }

    /// <summary>The alert message, once posted.</summary>
    public ulong? AlertMessageId { get; init; }

    /// <summary>Where the private support DM stands.</summary>
    public CrisisAlertDm Dm { get; init; }

    /// <summary>The moderator who last sent the support DM from the alert, if one did.</summary>
    public ulong? DmSentBy { get; init; }

    /// <summary>What raised it.</summary>
    public CrisisAlertSource Source { get; init; }

    /// <summary>Members who asked the moderators to check in, first first; empty for an alert of crisis watch nobody asked about.</summary>
    public CrisisAlertRequest[] Requests { get; init; } = [];

    /// <summary>The moderator who pressed "I'm on it".</summary>
    public ulong? TakenBy { get; init; }

    /// <summary>When they did.</summary>
    public DateTimeOffset? TakenAt { get; init; }
}
