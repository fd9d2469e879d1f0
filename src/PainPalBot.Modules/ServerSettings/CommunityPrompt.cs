using LiteDB;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>A recurring post a server's moderators scheduled in one of its channels, at a local time on chosen days.</summary>
public sealed record CommunityPrompt
{
    /// <summary>The document id.</summary>
    public ObjectId Id { get; init; } = ObjectId.Empty;

    /// <summary>The server.</summary>
    public ulong GuildId { get; init; }

    /// <summary>Where it is posted.</summary>
    public ulong ChannelId { get; init; }

    /// <summary>What is posted (at most <see cref="CommunityPromptService.MaxTextLength"/> characters).</summary>
    public string Text { get; init; } = "";

    /// <summary>The local time, as minutes after midnight in the server's time zone.</summary>
    public int LocalMinutes { get; init; }

    /// <summary>The days it is posted on.</summary>
    public DayOfWeek[] Days { get; init; } = [];

    /// <summary>The moderator who scheduled it.</summary>
    public ulong CreatedBy { get; init; }

    /// <summary>When it was scheduled.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The IANA zone <see cref="NextDueUtc"/> was worked out in; a changed server zone reschedules it.</summary>
    public string ZoneId { get; init; } = "UTC";

    /// <summary>The local date of the next post (yyyy-MM-dd), or null when none is scheduled.</summary>
    public string? NextLocalDate { get; init; }

    /// <summary>The instant of the next post, or null when none is scheduled.</summary>
    public DateTimeOffset? NextDueUtc { get; init; }
}
