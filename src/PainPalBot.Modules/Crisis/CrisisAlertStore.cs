using LiteDB;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// Crisis alerts (from crisis watch and from members asking the moderators to check in) and the per-person
/// cool-down both share, in LiteDB.
/// </summary>
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
        _alerts.EnsureIndex(a => a.Requests.Select(r => r.ReporterId));   // /mydata for someone who asked
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

    /// <summary>Ends a cool-down early: the alert that started it never reached the moderators, so a new request may try again.</summary>
    public void ReleaseCooldown(ulong guildId, ulong userId) => _cooldowns.Delete($"{guildId}:{userId}");

    /// <summary>
    /// The newest alert about a person in a server raised at or after <paramref name="since"/> that reached, or is being
    /// posted to, its moderators (one whose post failed has no <see cref="CrisisAlert.AlertChannelId"/>), or null.
    /// </summary>
    public CrisisAlert? LatestAbout(ulong guildId, ulong userId, DateTimeOffset since) =>
        _alerts.Find(a => a.UserId == userId && a.GuildId == guildId)
            .Where(a => a.AlertChannelId is not null && a.CreatedAt >= since)
            .MaxBy(a => a.CreatedAt);

    /// <summary>
    /// Adds a member's request to an alert unless they already asked on it; returns the alert as it is now and
    /// whether the request was added. Read and write happen under one lock, so two reporters at once both count.
    /// </summary>
    public (CrisisAlert Alert, bool Added) AddRequest(ObjectId alertId, CrisisAlertRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_lock)
        {
            var current = _alerts.FindById(alertId) ?? throw new InvalidOperationException("The alert is gone.");
            if (current.Requests.Any(r => r.ReporterId == request.ReporterId))
                return (current, false);
            var updated = current with { Requests = [.. current.Requests, request] };
            _alerts.Update(updated);
            return (updated, true);
        }
    }

    /// <summary>The alert's message was deleted in Discord: it no longer reaches the moderators, and this reporter's request goes to a new alert.</summary>
    public void DetachRequest(ObjectId alertId, ulong reporterId)
    {
        lock (_lock)
        {
            if (_alerts.FindById(alertId) is { } current)
                _alerts.Update(current with { AlertChannelId = null, AlertMessageId = null, Requests = [.. current.Requests.Where(r => r.ReporterId != reporterId)] });
        }
    }

    /// <summary>The moderator channel refused the alert: it stays as a record (its DM may have gone out) but is never joined by a later request.</summary>
    public void MarkUnposted(ObjectId alertId)
    {
        lock (_lock)
        {
            if (_alerts.FindById(alertId) is { } current)
                _alerts.Update(current with { AlertChannelId = null });
        }
    }

    /// <summary>Records where the alert was posted; returns the alert as it is now.</summary>
    public CrisisAlert MarkPosted(ObjectId alertId, ulong alertMessageId)
    {
        lock (_lock)
        {
            var current = _alerts.FindById(alertId) ?? throw new InvalidOperationException("The alert is gone.");
            var posted = current with { AlertMessageId = alertMessageId };
            _alerts.Update(posted);
            return posted;
        }
    }

    /// <summary>Records how the support DM went (and who sent it, for a moderator's send); returns the alert as it is now, or null when it is gone.</summary>
    public CrisisAlert? SetDm(ObjectId alertId, CrisisAlertDm dm, ulong? sentBy)
    {
        lock (_lock)
        {
            // Re-read under the lock: a moderator may have pressed "I'm on it" while the DM was going out.
            if (_alerts.FindById(alertId) is not { } current)
                return null;
            var updated = current with { Dm = dm, DmSentBy = sentBy ?? current.DmSentBy };
            _alerts.Update(updated);
            return updated;
        }
    }

    /// <summary>Deletes an alert that never reached the moderators.</summary>
    public void Delete(ObjectId alertId) => _alerts.Delete(alertId);

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

    /// <summary>Alerts on which a person asked the moderators to check in, oldest first.</summary>
    public List<CrisisAlert> RequestedBy(ulong reporterId) =>
        [.. _alerts.Find(a => a.Requests.Select(r => r.ReporterId).Any(id => id == reporterId)).OrderBy(a => a.CreatedAt)];

    /// <summary>Alerts a moderator took or sent a DM from.</summary>
    public List<CrisisAlert> HandledBy(ulong moderatorId) => [.. _alerts.Find(a => a.TakenBy == moderatorId || a.DmSentBy == moderatorId)];

    /// <summary>
    /// Deletes alerts about a person and their cool-downs, and forgets them as a handling moderator and as a member who
    /// asked (the request stays, without who made it, so moderators still see that someone asked); returns how many records.
    /// </summary>
    public int ForgetUser(ulong userId)
    {
        lock (_lock)
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
            foreach (var alert in RequestedBy(userId))
            {
                removed += alert.Requests.Count(r => r.ReporterId == userId);
                _alerts.Update(alert with { Requests = [.. alert.Requests.Select(r => r.ReporterId == userId ? r with { ReporterId = 0 } : r)] });
            }
            return removed;
        }
    }

    /// <summary>Deletes a server's alerts and cool-downs; returns how many records.</summary>
    public int DeleteGuild(ulong guildId) =>
        _alerts.DeleteMany(a => a.GuildId == guildId) + _cooldowns.DeleteMany(c => c.GuildId == guildId);
}
