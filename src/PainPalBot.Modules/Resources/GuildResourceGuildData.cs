using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Resources;

/// <summary>A server's own resources, removed with its other data 30 days after the bot leaves.</summary>
public sealed class GuildResourceGuildData(GuildResourceStore store) : IGuildData
{
    /// <inheritdoc />
    public string Section => "resources";

    /// <inheritdoc />
    public int DeleteGuild(ulong guildId) => store.ForGuild(guildId).Count(r => store.Delete(guildId, r.Id));
}
