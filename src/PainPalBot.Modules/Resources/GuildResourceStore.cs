using LiteDB;

namespace PainPalBot.Modules.Resources;

/// <summary>Servers' own resources in LiteDB, one collection indexed by server; every read is one server's.</summary>
public sealed class GuildResourceStore
{
    /// <summary>The LiteDB collection name.</summary>
    public const string CollectionName = "guild_resources";

    private readonly ILiteCollection<GuildResource> _resources;

    /// <summary>Opens the collection and makes sure its indexes exist.</summary>
    public GuildResourceStore(ILiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _resources = db.GetCollection<GuildResource>(CollectionName);
        _resources.EnsureIndex(r => r.GuildId);
        _resources.EnsureIndex(r => r.AddedBy);
    }

    /// <summary>Stores a new entry and returns it with its id.</summary>
    public GuildResource Add(GuildResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var stored = resource with { Id = ObjectId.NewObjectId() };
        _resources.Insert(stored);
        return stored;
    }

    /// <summary>One server's entry by id, or null (also when the id belongs to another server).</summary>
    public GuildResource? Get(ulong guildId, ObjectId id)
    {
        var found = _resources.FindById(id);
        return found is not null && found.GuildId == guildId ? Normalize(found) : null;
    }

    /// <summary>Replaces an entry; false when it no longer exists.</summary>
    public bool Update(GuildResource resource) => _resources.Update(resource);

    /// <summary>Removes one server's entry; false when it was not there.</summary>
    public bool Delete(ulong guildId, ObjectId id) => Get(guildId, id) is not null && _resources.Delete(id);

    /// <summary>Every entry of one server, oldest first.</summary>
    public IReadOnlyList<GuildResource> ForGuild(ulong guildId) =>
        _resources.Find(r => r.GuildId == guildId).Select(Normalize).OrderBy(r => r.AddedAtUtc).ThenBy(r => r.Id).ToList();

    /// <summary>How many entries a server has.</summary>
    public int CountForGuild(ulong guildId) => _resources.Count(r => r.GuildId == guildId);

    /// <summary>Entries a person added or last edited, for their data export.</summary>
    public IReadOnlyList<GuildResource> ByModerator(ulong userId) =>
        _resources.Find(r => r.AddedBy == userId || r.UpdatedBy == userId).Select(Normalize).ToList();

    /// <summary>Removes a person's id from the entries they added or edited; the server keeps the entries. Returns how many changed.</summary>
    public int ForgetModerator(ulong userId)
    {
        var changed = 0;
        foreach (var resource in ByModerator(userId))
        {
            var anonymous = resource with
            {
                AddedBy = resource.AddedBy == userId ? 0 : resource.AddedBy,
                UpdatedBy = resource.UpdatedBy == userId ? 0 : resource.UpdatedBy,
            };
            if (_resources.Update(anonymous)) changed++;
        }

        return changed;
    }

    // LiteDB hands dates back in local time; the rest of the bot speaks UTC.
    private static GuildResource Normalize(GuildResource resource) => resource with
    {
        AddedAtUtc = DateTime.SpecifyKind(resource.AddedAtUtc.ToUniversalTime(), DateTimeKind.Utc),
        UpdatedAtUtc = resource.UpdatedAtUtc is { } updated ? DateTime.SpecifyKind(updated.ToUniversalTime(), DateTimeKind.Utc) : null,
    };
}
