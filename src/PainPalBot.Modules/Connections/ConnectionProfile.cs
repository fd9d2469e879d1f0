using LiteDB;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Connections;

/// <summary>A member's opt-in to peer connections in one server. Only the bot sees it; others see an unnamed description.</summary>
public sealed record ConnectionProfile : IHealthData
{
    /// <summary>The profile's id.</summary>
    public ObjectId Id { get; init; } = ObjectId.Empty;

    /// <summary>The server the person opted in on; suggestions never cross servers.</summary>
    public ulong GuildId { get; init; }

    /// <summary>The person.</summary>
    public ulong UserId { get; init; }

    /// <summary>The conditions they chose to list.</summary>
    public PainConditions Conditions { get; init; }

    /// <summary>Their IANA time zone, e.g. <c>Europe/London</c>.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Languages they speak, as they wrote them (tidied).</summary>
    public string[] Languages { get; init; } = [];

    /// <summary>What they look for.</summary>
    public ConnectionGoals LookingFor { get; init; }

    /// <summary>When they first opted in.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When they last changed the profile.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Ids only: conditions are health data and never reach a log.</summary>
    public override string ToString() => $"ConnectionProfile {{ Id = {Id}, GuildId = {GuildId}, UserId = {UserId} }}";
}
