namespace PainPalBot.Modules.ServerSettings;

/// <summary>A server's community prompts, removed with the server's other data 30 days after the bot leaves.</summary>
public sealed class CommunityPromptGuildData(CommunityPromptStore store) : IGuildData
{
    /// <inheritdoc />
    public string Section => "community_prompts";

    /// <inheritdoc />
    public int DeleteGuild(ulong guildId) => store.DeleteGuild(guildId);
}
