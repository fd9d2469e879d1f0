using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Gateway;

/// <summary>The READY dispatch (events/gateway-events#ready): the session to resume and the guilds to expect.</summary>
public sealed record ReadyEvent
{
    /// <summary>The API version.</summary>
    public int V { get; init; }

    /// <summary>The bot user.</summary>
    public User User { get; init; } = new();

    /// <summary>The bot's guilds, all unavailable until their GUILD_CREATE arrives.</summary>
    public Guild[] Guilds { get; init; } = [];

    /// <summary>The session id, needed to resume.</summary>
    public string SessionId { get; init; } = "";

    /// <summary>Where to reconnect when resuming.</summary>
    public string ResumeGatewayUrl { get; init; } = "";

    /// <summary>The shard [id, count] this session serves, when sharded.</summary>
    public int[]? Shard { get; init; }

    /// <summary>The application: id (and flags).</summary>
    public Application? Application { get; init; }
}
