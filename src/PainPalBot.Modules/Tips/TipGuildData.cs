using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Tips;

/// <summary>A server's tips and votes, removed with the server's data.</summary>
public sealed class TipGuildData(TipStore store) : IGuildData
{
    /// <inheritdoc />
    public string Section => "tips";

    /// <inheritdoc />
    public int DeleteGuild(ulong guildId) => store.DeleteGuild(guildId);
}
