using LiteDB;

namespace PainPalBot.Modules.Messaging;

/// <summary>DM channel ids in LiteDB, keyed by the person's user id.</summary>
public sealed class DmChannelStore
{
    private readonly ILiteCollection<DmChannel> _channels;

    /// <summary>Opens the collection.</summary>
    public DmChannelStore(ILiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _channels = db.GetCollection<DmChannel>("dm_channels");
    }

    /// <summary>The cached channel for the person, if any.</summary>
    public DmChannel? Find(ulong userId) => _channels.FindOne(c => c.UserId == userId);

    /// <summary>Caches the person's channel.</summary>
    public void Save(DmChannel channel) => _channels.Upsert(channel);

    /// <summary>Forgets the person's channel; returns how many records were removed (0 or 1).</summary>
    public int Delete(ulong userId) => _channels.DeleteMany(c => c.UserId == userId);
}
