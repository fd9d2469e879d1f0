using System.Globalization;
using System.Text.Json;
using PainPalBot.Modules.Resources;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>Builds a server's export: its settings, community prompts and its own resources, as JSON.</summary>
public sealed class ServerExportService(ServerSettingsService settings, CommunityPromptService prompts, ResourceService resources, TimeProvider time)
{
    /// <summary>The export as a record.</summary>
    public GuildExport Build(ulong guildId) => new(
        guildId,
        time.GetUtcNow(),
        settings.Get(guildId),
        [.. prompts.List(guildId).Select(p => new CommunityPromptExport(
            p.Id.ToString(),
            p.ChannelId,
            p.Text,
            TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(p.LocalMinutes)).ToString("HH:mm", CultureInfo.InvariantCulture),
            p.Days,
            p.ZoneId))],
        resources.Export(guildId));

    /// <summary>The export as UTF-8 JSON.</summary>
    public byte[] ToJson(ulong guildId) => JsonSerializer.SerializeToUtf8Bytes(Build(guildId), ServerSettingsJsonContext.Default.GuildExport);
}
