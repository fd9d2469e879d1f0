namespace PainPalBot.Discord.Models;

/// <summary>A Discord user (resources/user).</summary>
public sealed record User
{
    public ulong Id { get; init; }
    public string Username { get; init; } = "";
    public string? GlobalName { get; init; }
    public string? Discriminator { get; init; }
    public string? Avatar { get; init; }
    public bool? Bot { get; init; }

    /// <summary>The name people see: the global display name when set, else the username.</summary>
    public string DisplayName => GlobalName ?? Username;

    /// <summary>A mention of this user, e.g. &lt;@123&gt;.</summary>
    public string Mention => $"<@{Id}>";
}

/// <summary>A user's membership of a guild; <see cref="Permissions"/> is present on interactions and includes channel overwrites.</summary>
public sealed record GuildMember
{
    public User? User { get; init; }
    public string? Nick { get; init; }
    public ulong[] Roles { get; init; } = [];
    public DateTimeOffset? JoinedAt { get; init; }
    public ulong? Permissions { get; init; }
}

/// <summary>A guild role (resources/guild).</summary>
public sealed record Role
{
    public ulong Id { get; init; }
    public string Name { get; init; } = "";
    public ulong Permissions { get; init; }
    public int Position { get; init; }
}

/// <summary>A guild, as much of it as the bot reads (GUILD_CREATE, GUILD_DELETE).</summary>
public sealed record Guild
{
    public ulong Id { get; init; }
    public string? Name { get; init; }
    public ulong? OwnerId { get; init; }
    public ulong? SystemChannelId { get; init; }
    public bool? Unavailable { get; init; }
    public Role[]? Roles { get; init; }
    public Channel[]? Channels { get; init; }
}

/// <summary>A channel (resources/channel); <see cref="Type"/> 0 is a guild text channel, 1 a DM.</summary>
public sealed record Channel
{
    public ulong Id { get; init; }
    public int Type { get; init; }
    public ulong? GuildId { get; init; }
    public string? Name { get; init; }
    public ulong? ParentId { get; init; }
    public User[]? Recipients { get; init; }
    public ulong? Permissions { get; init; }
}

/// <summary>The bot's application (GET /applications/@me).</summary>
public sealed record Application
{
    public ulong Id { get; init; }
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public User? Owner { get; init; }
    public string? VerifyKey { get; init; }
}

/// <summary>GET /gateway/bot.</summary>
public sealed record GatewayBotInfo
{
    public string Url { get; init; } = "";
    public int Shards { get; init; } = 1;
    public SessionStartLimit SessionStartLimit { get; init; } = new();
}

/// <summary>How many identifies the bot may still make, and how fast.</summary>
public sealed record SessionStartLimit
{
    public int Total { get; init; } = 1000;
    public int Remaining { get; init; } = 1000;
    /// <summary>Milliseconds until <see cref="Remaining"/> resets.</summary>
    public long ResetAfter { get; init; }
    public int MaxConcurrency { get; init; } = 1;
}
