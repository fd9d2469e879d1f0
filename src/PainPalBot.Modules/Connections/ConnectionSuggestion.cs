namespace PainPalBot.Modules.Connections;

/// <summary>
/// One suggested member, behind an opaque token. The token is what goes into custom ids; it means something only to the
/// person it was made for, and only until it expires.
/// </summary>
public sealed record ConnectionSuggestion
{
    /// <summary>The opaque token (random, URL-safe); the document key.</summary>
    public string Id { get; init; } = "";

    /// <summary>The server both are in.</summary>
    public ulong GuildId { get; init; }

    /// <summary>Who asked for suggestions.</summary>
    public ulong ForUserId { get; init; }

    /// <summary>Who was suggested.</summary>
    public ulong CandidateUserId { get; init; }

    /// <summary>When it was made.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the token stops working.</summary>
    public DateTimeOffset ExpiresAt { get; init; }
}
