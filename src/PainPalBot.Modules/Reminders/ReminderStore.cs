using LiteDB;
using PainPalBot.Modules.CheckIns;

namespace PainPalBot.Modules.Reminders;

/// <summary>
/// Reminder settings and the delivery ledger in LiteDB. The next due instant is indexed so the
/// job's query touches only due people; a delivery's key is unique per person, kind and local day,
/// which is what makes a claim happen once.
/// </summary>
public sealed class ReminderStore
{
    private static readonly BsonValue Epoch = new(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    private readonly ILiteDatabase _db;
    private readonly ILiteCollection<ReminderSettings> _reminders;
    private readonly ILiteCollection<PromptDelivery> _deliveries;

    /// <summary>Opens the collections and makes sure their indexes exist.</summary>
    public ReminderStore(ILiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        DateOnlyBsonMapping.Register(db);
        _db = db;
        _reminders = db.GetCollection<ReminderSettings>("reminders");
        _reminders.EnsureIndex(r => r.NextDueUtc);
        _reminders.EnsureIndex(r => r.NextSummaryUtc);
        _deliveries = db.GetCollection<PromptDelivery>("prompt_deliveries");
        _deliveries.EnsureIndex(d => d.UserId);
        _deliveries.EnsureIndex(d => d.State);
    }

    /// <summary>The person's settings, if any.</summary>
    public ReminderSettings? Find(ulong userId) => _reminders.FindOne(r => r.UserId == userId);

    /// <summary>Saves the person's settings.</summary>
    public void Save(ReminderSettings settings) => _reminders.Upsert(settings);

    /// <summary>Saves many people's settings in one transaction (imports and load runs); returns how many were new.</summary>
    public int SaveMany(IEnumerable<ReminderSettings> settings) => _reminders.Upsert(settings);

    /// <summary>People whose daily prompt is due at or before <paramref name="now"/> (at most <paramref name="limit"/>).</summary>
    public List<ReminderSettings> DuePrompts(DateTimeOffset now, int limit) =>
        // Between, not "<=": unscheduled people have a null due time, and null sorts before dates.
        _reminders.Find(Query.Between(nameof(ReminderSettings.NextDueUtc), Epoch, new BsonValue(now.UtcDateTime)), 0, limit).ToList();

    /// <summary>People whose weekly summary is due at or before <paramref name="now"/>.</summary>
    public List<ReminderSettings> DueSummaries(DateTimeOffset now, int limit) =>
        _reminders.Find(Query.Between(nameof(ReminderSettings.NextSummaryUtc), Epoch, new BsonValue(now.UtcDateTime)), 0, limit).ToList();

    /// <summary>
    /// Saves the prompt job's advance of a schedule, unless the person changed their settings (or deleted
    /// all their data) since the job read them: the job must never undo a pause or bring back deleted data.
    /// </summary>
    public bool SaveAdvance(ReminderSettings advanced)
    {
        ArgumentNullException.ThrowIfNull(advanced);
        _db.BeginTrans();
        try
        {
            var saved = Unchanged(advanced) && _reminders.Update(advanced);
            _db.Commit();
            return saved;
        }
        catch
        {
            _db.Rollback();
            throw;
        }
    }

    /// <summary>
    /// Claims a delivery and saves the advanced settings in one transaction. False, and nothing written,
    /// when that person's delivery for that day was claimed before or their settings changed meanwhile;
    /// when it was claimed before, the advance is still saved so the day is not looked at again.
    /// </summary>
    public bool TryClaim(PromptDelivery delivery, ReminderSettings advanced)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(advanced);
        _db.BeginTrans();
        try
        {
            if (!Unchanged(advanced))
            {
                _db.Rollback();
                return false;
            }
            var claimed = _deliveries.FindById(delivery.Key) is null;
            if (claimed)
                _deliveries.Insert(delivery);
            _reminders.Update(advanced);
            _db.Commit();
            return claimed;
        }
        catch
        {
            _db.Rollback();
            throw;
        }
    }

    private bool Unchanged(ReminderSettings read) => Find(read.UserId) is { } current && current.UpdatedAt == read.UpdatedAt;

    /// <summary>Records how a delivery ended.</summary>
    public void Complete(string key, DeliveryState state, DateTimeOffset at)
    {
        if (_deliveries.FindById(key) is { } delivery)
            _deliveries.Update(delivery with { State = state, DoneAt = at });
    }

    /// <summary>Whether a claim is still open: not completed, and not deleted with the person's data.</summary>
    public bool IsClaimed(string key) => _deliveries.FindById(key) is { State: DeliveryState.Claimed };

    /// <summary>Drops a claim that was never sent (the person paused or left meanwhile).</summary>
    public void Release(string key) => _deliveries.Delete(key);

    /// <summary>Deliveries claimed but not known to be sent: a crash or a failed send.</summary>
    public List<PromptDelivery> Unfinished() => _deliveries.Find(d => d.State == DeliveryState.Claimed).ToList();

    /// <summary>One delivery by key.</summary>
    public PromptDelivery? Delivery(string key) => _deliveries.FindById(key);

    /// <summary>All of a person's deliveries, oldest first.</summary>
    public List<PromptDelivery> DeliveriesFor(ulong userId) => [.. _deliveries.Find(d => d.UserId == userId).OrderBy(d => d.ClaimedAt)];

    /// <summary>Forgets a person's finished deliveries older than <paramref name="before"/>.</summary>
    public int PruneDeliveries(ulong userId, DateTimeOffset before) =>
        _deliveries.DeleteMany(d => d.UserId == userId && d.State != DeliveryState.Claimed && d.ClaimedAt < before);

    /// <summary>Deletes a person's settings; returns how many records (0 or 1).</summary>
    public int DeleteSettings(ulong userId) => _reminders.DeleteMany(r => r.UserId == userId);

    /// <summary>Deletes a person's deliveries; returns how many.</summary>
    public int DeleteDeliveries(ulong userId) => _deliveries.DeleteMany(d => d.UserId == userId);
}
