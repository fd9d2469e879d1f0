using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Stories;

/// <summary>A server's stories, removed with the server's data.</summary>
public sealed class StoryGuildData(StoryStore store) : IGuildData
{
    /// <inheritdoc />
    public string Section => "stories";

    /// <inheritdoc />
    public int DeleteGuild(ulong guildId) => store.DeleteGuild(guildId) + store.DeleteGuildDeletions(guildId);
}
