using LiteDB;

namespace PainPalBot.Modules.Crisis;

/// <summary>The country a person asked <c>/crisis</c> to remember for their helplines.</summary>
public sealed record PersonCountry
{
    /// <summary>The person's user id as text (the document key).</summary>
    [BsonId]
    public string Key { get; init; } = "";

    /// <summary>The person.</summary>
    public ulong UserId { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string Country { get; init; } = "";

    /// <summary>When they set it.</summary>
    public DateTimeOffset SetAt { get; init; }
}
