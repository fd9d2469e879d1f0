using LiteDB;

namespace PainPalBot.Modules.Crisis;

/// <summary>Crisis-watch alerts and per-person cool-downs, in LiteDB.</summary>
public sealed class CrisisAlertStore
{
    private readonly Lock _lock = new();
    private readonly ILiteCollection<CrisisAlert> _alerts;
    private readonly ILiteCollection<CrisisCooldown> _cooldowns;

    /// <summary>Opens the collections and their indexes.</summary>
    public CrisisAlertStore(ILiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _alerts = db.GetCollection<CrisisAlert>("crisis_alerts");
        _alerts.EnsureIndex(a => a.GuildId);
        _alerts.EnsureIndex(a => a.UserId);
        _cooldowns = db.GetCollection<CrisisCooldown>("crisis_cooldowns");
        _cooldowns.EnsureIndex(c => c.UserId);
    }

    /// <summary>
    /// Starts a cool-down for the person in the server unless one is running: true means "alert now".
    /// Check and write happen under one lock, so two messages at once make one alert.
    /// </summary>
    public bool TryStartCooldown(ulong guildId, ulong userId, DateTimeOffset now, TimeSpan length)
    {
        var key = $"{guildId}:{userId}";
        lock (_lock)
        {
            if (_cooldowns.FindById(key) is { } running && running.Until > now)
                return false;
            _cooldowns.Upsert(new CrisisCooldown { Key = key, GuildId = guildId, UserId = userId, Until = now + length });
            return true;
        }
    }

    /// <summary>Saves a new alert and returns it with its id.</summary>
    public CrisisAlert Add(CrisisAlert alert)
    {
        var stored = alert with { Id = ObjectId.NewObjectId() };
        _alerts.Insert(stored);
        return stored;
    }

    /// <summary>One alert of a server, or null.</summary>
    public CrisisAlert? Find(ulong guildId, string? id) =>
        id is { Length: 24 } && id.All(char.IsAsciiHexDigit) && _alerts.FindById(new ObjectId(id)) is { } alert && alert.GuildId == guildId ? alert : null;

    /// <summary>Replaces an alert.</summary>
    public void Save(CrisisAlert alert) => _alerts.Update(alert);

    /// <summary>Records who took the alert, unless someone already did; returns the alert as it is now.</summary>
    public CrisisAlert Take(CrisisAlert alert, ulong moderatorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        lock (_lock)
        {
            var current = _alerts.FindById(alert.Id) ?? alert;
            if (current.TakenBy is not null)
                return current;
            var taken = current with { TakenBy = moderatorId, TakenAt = now };
            _alerts.Update(taken);
            return taken;
        }
    }

    /// <summary>Alerts about a person, oldest first.</summary>
    public List<CrisisAlert> AboutUser(ulong userId) => [.. _alerts.Find(a => a.UserId == userId).OrderBy(a => a.CreatedAt)];

    /// <summary>Alerts a moderator took or sent a DM from.</summary>
    public List<CrisisAlert> HandledBy(ulong moderatorId) => [.. _alerts.Find(a => a.TakenBy == moderatorId || a.DmSentBy == moderatorId)];

    /// <summary>Deletes alerts about a person and their cool-downs, and forgets them as a handling moderator; returns how many records.</summary>
    public int ForgetUser(ulong userId)
    {
        var removed = _alerts.DeleteMany(a => a.UserId == userId) + _cooldowns.DeleteMany(c => c.UserId == userId);
        foreach (var alert in HandledBy(userId))
        {
            _alerts.Update(alert with
            {
                TakenBy = alert.TakenBy == userId ? 0 : alert.TakenBy,
                DmSentBy = alert.DmSentBy == userId ? 0 : alert.DmSentBy,
            });
            removed++;
        }
        return removed;
    }

    /// <summary>Deletes a server's alerts and cool-downs; returns how many records.</summary>
    public int DeleteGuild(ulong guildId) =>
        _alerts.DeleteMany(a => a.GuildId == guildId) + _cooldowns.DeleteMany(c => c.GuildId == guildId);
}
