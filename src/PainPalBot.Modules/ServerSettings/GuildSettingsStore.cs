using LiteDB;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>Server settings in LiteDB, one document per server.</summary>
/// <remarks>LiteDB keeps a ulong as a (wrapped) Int64, so lookups go through LINQ on the mapped member, never FindById(ulong).</remarks>
public sealed class GuildSettingsStore
{
    private readonly ILiteCollection<GuildSettings> _settings;

    /// <summary>Opens the collection and its index.</summary>
    public GuildSettingsStore(ILiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _settings = db.GetCollection<GuildSettings>("guild_settings");
        _settings.EnsureIndex(s => s.LeftAt);
    }

    /// <summary>The server's settings, or null when it never configured anything.</summary>
    public GuildSettings? Find(ulong guildId) => _settings.FindOne(s => s.GuildId == guildId);

    /// <summary>Saves the settings, replacing what was there.</summary>
    public void Save(GuildSettings settings) => _settings.Upsert(settings);

    /// <summary>Deletes the server's settings; true when there were any.</summary>
    public bool Delete(ulong guildId) => _settings.DeleteMany(s => s.GuildId == guildId) > 0;

    /// <summary>Servers the bot left before <paramref name="cutoff"/>.</summary>
    public List<ulong> LeftBefore(DateTimeOffset cutoff) =>
        _settings.Find(s => s.LeftAt != null && s.LeftAt < cutoff).Select(s => s.GuildId).ToList();
}
