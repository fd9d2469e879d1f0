using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Crisis;

/// <summary>A server's crisis alerts and cool-downs, removed with its other data 30 days after the bot leaves.</summary>
public sealed class CrisisAlertGuildData(CrisisAlertStore store) : IGuildData
{
    /// <inheritdoc />
    public string Section => "crisis_alerts";

    /// <inheritdoc />
    public int DeleteGuild(ulong guildId) => store.DeleteGuild(guildId);
}
