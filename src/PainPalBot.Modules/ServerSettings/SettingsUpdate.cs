namespace PainPalBot.Modules.ServerSettings;

/// <summary>What a moderator asked to change; null members stay as they are.</summary>
public sealed record SettingsUpdate
{
    public ulong? ModeratorChannelId { get; init; }
    public ulong? ModeratorRoleId { get; init; }
    public string? Country { get; init; }
    public string? TimeZone { get; init; }
    public bool? CrisisWatchEnabled { get; init; }
    public ulong[]? CrisisWatchChannelIds { get; init; }
    public CrisisDmMode? CrisisDmMode { get; init; }
    public bool? AskModsShowsReporter { get; init; }
    public bool? CommunityPromptsEnabled { get; init; }
    public ulong? StoriesChannelId { get; init; }
    public bool? StoryApprovalRequired { get; init; }
    public bool? TipApprovalRequired { get; init; }
}
