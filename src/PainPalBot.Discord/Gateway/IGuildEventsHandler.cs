using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Gateway;

/// <summary>Something that reacts to the bot joining, seeing again, or leaving a guild. Register any number in DI.</summary>
public interface IGuildEventsHandler
{
    /// <summary>The bot was added to a guild (GUILD_CREATE for a guild not in READY).</summary>
    Task JoinedGuildAsync(Guild guild, CancellationToken ct = default);

    /// <summary>A guild the bot is in became available (startup or after an outage).</summary>
    Task GuildAvailableAsync(Guild guild, CancellationToken ct = default);

    /// <summary>The bot was removed from a guild (GUILD_DELETE without <c>unavailable</c>).</summary>
    Task LeftGuildAsync(Guild guild, CancellationToken ct = default);
}
