using PainPalBot.Modules.Resources;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>What <c>/config export</c> hands a moderator: the server's settings, community prompts and its own resources.</summary>
public sealed record GuildExport(
    ulong GuildId,
    DateTimeOffset ExportedAt,
    GuildSettings Settings,
    IReadOnlyList<CommunityPromptExport> CommunityPrompts,
    IReadOnlyList<Resource> Resources);
