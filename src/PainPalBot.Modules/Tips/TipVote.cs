using LiteDB;

namespace PainPalBot.Modules.Tips;

/// <summary>One person's "this helped me" on one tip. The key <c>{tipId}:{voterId}</c> makes a second vote impossible.</summary>
public sealed record TipVote
{
    /// <summary><c>{tipId}:{voterId}</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>The tip.</summary>
    public ObjectId TipId { get; init; } = ObjectId.Empty;

    /// <summary>The tip's server.</summary>
    public ulong GuildId { get; init; }

    /// <summary>Who it helped.</summary>
    public ulong VoterId { get; init; }

    /// <summary>When they said so.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The key of a person's vote on a tip.</summary>
    public static string Key(ObjectId tipId, ulong voterId) => $"{tipId}:{voterId}";
}
