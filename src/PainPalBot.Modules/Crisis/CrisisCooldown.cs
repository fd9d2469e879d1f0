using LiteDB;

namespace PainPalBot.Modules.Crisis;

/// <summary>Until when crisis watch stays quiet about one person in one server after an alert.</summary>
public sealed record CrisisCooldown
{
    /// <summary>"{guildId}:{userId}".</summary>
    [BsonId]
    public string Key { get; init; } = "";

    /// <summary>The server.</summary>
    public ulong GuildId { get; init; }

    /// <summary>The person.</summary>
    public ulong UserId { get; init; }

    /// <summary>No new alert before this instant.</summary>
    public DateTimeOffset Until { get; init; }
}
