using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Connections;

/// <summary>A server's connection profiles, suggestions and requests, removed with the server's data. Blocks are per person and stay.</summary>
public sealed class ConnectionGuildData(ConnectionStore store) : IGuildData
{
    /// <inheritdoc />
    public string Section => "connections";

    /// <inheritdoc />
    public int DeleteGuild(ulong guildId) => store.DeleteGuild(guildId);
}
