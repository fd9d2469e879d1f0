using LiteDB;

namespace PainPalBot.Modules.Resources;

/// <summary>
/// A resource one server's moderators added, as stored in LiteDB. Init-only properties with a parameterless
/// constructor, because LiteDB 5 rebuilds objects through setters (a positional record would need [BsonCtor]
/// and only simple constructor parameter types).
/// </summary>
public sealed record GuildResource
{
    /// <summary>LiteDB id.</summary>
    public ObjectId Id { get; init; } = ObjectId.Empty;

    /// <summary>The server it belongs to.</summary>
    public ulong GuildId { get; init; }

    /// <summary>Title.</summary>
    public string Title { get; init; } = "";

    /// <summary>An https link.</summary>
    public string Url { get; init; } = "";

    /// <summary>One-line summary.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Lower-case tags.</summary>
    public string[] Tags { get; init; } = [];

    /// <summary>The moderator who added it (0 once they asked for their data to be deleted).</summary>
    public ulong AddedBy { get; init; }

    /// <summary>When it was added (UTC).</summary>
    public DateTime AddedAtUtc { get; init; }

    /// <summary>The moderator who last edited it, if anyone (0 once they asked for their data to be deleted).</summary>
    public ulong? UpdatedBy { get; init; }

    /// <summary>When it was last edited (UTC), if ever.</summary>
    public DateTime? UpdatedAtUtc { get; init; }

    /// <summary>The entry as people see it.</summary>
    public Resource ToResource() =>
        new(Id.ToString(), Title, new Uri(Url), Summary, Tags, "server", "this server's moderators", null, ResourceOrigin.Server);
}
