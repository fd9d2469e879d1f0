using LiteDB;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>One server's configuration, set by its moderators with <c>/config</c>.</summary>
public sealed record GuildSettings
{
    /// <summary>The server (guild) id; the document key.</summary>
    [BsonId]
    public ulong GuildId { get; init; }

    /// <summary>Where moderator alerts and pending stories/tips go.</summary>
    public ulong? ModeratorChannelId { get; init; }

    /// <summary>Members with this role count as moderators, besides those with Manage Server.</summary>
    public ulong? ModeratorRoleId { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country for helplines, e.g. <c>GB</c>.</summary>
    public string? Country { get; init; }

    /// <summary>IANA time zone for community prompts, e.g. <c>Europe/London</c>.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Crisis watch reads messages in <see cref="CrisisWatchChannelIds"/> (opt-in; needs the Message Content intent).</summary>
    public bool CrisisWatchEnabled { get; init; }

    /// <summary>The channels crisis watch reads; empty means every channel the bot can see.</summary>
    public ulong[] CrisisWatchChannelIds { get; init; } = [];

    /// <summary>Whether the private support DM goes out at once or only when a moderator sends it from the alert.</summary>
    public CrisisDmMode CrisisDmMode { get; init; } = CrisisDmMode.Immediate;

    /// <summary>
    /// Whether moderators see who used "Ask mods to check in" (off by default). Even when on, the person asked about is
    /// never told, and a reporter is not named where that person may be a moderator.
    /// </summary>
    public bool AskModsShowsReporter { get; init; }

    /// <summary>Whether scheduled community prompts are posted.</summary>
    public bool CommunityPromptsEnabled { get; init; }

    /// <summary>Where approved anonymous stories are posted.</summary>
    public ulong? StoriesChannelId { get; init; }

    /// <summary>Whether stories wait for a moderator's approval (the default) or are posted at once.</summary>
    public bool StoryApprovalRequired { get; init; } = true;

    /// <summary>Whether members' tips wait for a moderator's approval.</summary>
    public bool TipApprovalRequired { get; init; } = true;

    /// <summary>When the bot was removed from the server; settings are deleted 30 days later.</summary>
    public DateTimeOffset? LeftAt { get; init; }

    /// <summary>When a moderator last changed anything.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Who last changed anything (a moderator's user id).</summary>
    public ulong? UpdatedBy { get; init; }
}
