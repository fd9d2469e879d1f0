using LiteDB;

namespace PainPalBot.Modules.CheckIns;

/// <summary>Check-ins, PEG-3 entries and check-in preferences in LiteDB; every read is one person's.</summary>
public sealed class CheckInStore
{
    private readonly ILiteCollection<CheckIn> _checkIns;
    private readonly ILiteCollection<PegCheckIn> _pegs;
    private readonly ILiteCollection<CheckInPreferences> _preferences;

    /// <summary>Opens the collections and makes sure their indexes exist.</summary>
    public CheckInStore(ILiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        DateOnlyBsonMapping.Register(db);
        _checkIns = db.GetCollection<CheckIn>("check_ins");
        _checkIns.EnsureIndex(c => c.UserId);
        _pegs = db.GetCollection<PegCheckIn>("peg_check_ins");
        _pegs.EnsureIndex(p => p.UserId);
        _preferences = db.GetCollection<CheckInPreferences>("check_in_preferences");
    }

    /// <summary>Saves a new check-in.</summary>
    public void Add(CheckIn checkIn) => _checkIns.Insert(checkIn);

    /// <summary>Replaces a check-in; false when it no longer exists.</summary>
    public bool Update(CheckIn checkIn) => _checkIns.Update(checkIn);

    /// <summary>Deletes one check-in; false when it no longer exists.</summary>
    public bool Remove(ObjectId id) => _checkIns.Delete(id);

    /// <summary>One check-in by id, whoever it belongs to (callers check the owner).</summary>
    public CheckIn? Find(ObjectId id) => _checkIns.FindById(id);

    /// <summary>All of a person's check-ins, oldest first.</summary>
    public List<CheckIn> ForUser(ulong userId) => [.. _checkIns.Find(c => c.UserId == userId).OrderBy(c => c.At)];

    /// <summary>A person's check-ins on local dates from <paramref name="from"/> to <paramref name="to"/> inclusive, oldest first.</summary>
    public List<CheckIn> ForUserBetween(ulong userId, DateOnly from, DateOnly to) =>
        [.. _checkIns.Find(c => c.UserId == userId && c.LocalDate >= from && c.LocalDate <= to).OrderBy(c => c.At)];

    /// <summary>The person's latest check-in on a local date, if any.</summary>
    public CheckIn? LastOn(ulong userId, DateOnly localDate) =>
        _checkIns.Find(c => c.UserId == userId && c.LocalDate == localDate).OrderBy(c => c.At).LastOrDefault();

    /// <summary>How many check-ins the person has on a local date.</summary>
    public int CountOn(ulong userId, DateOnly localDate) => _checkIns.Count(c => c.UserId == userId && c.LocalDate == localDate);

    /// <summary>Deletes all of a person's check-ins; returns how many.</summary>
    public int DeleteCheckIns(ulong userId) => _checkIns.DeleteMany(c => c.UserId == userId);

    /// <summary>Saves a PEG-3 entry.</summary>
    public void AddPeg(PegCheckIn peg) => _pegs.Insert(peg);

    /// <summary>Replaces a PEG-3 entry.</summary>
    public bool UpdatePeg(PegCheckIn peg) => _pegs.Update(peg);

    /// <summary>All of a person's PEG-3 entries, oldest first.</summary>
    public List<PegCheckIn> PegsForUser(ulong userId) => [.. _pegs.Find(p => p.UserId == userId).OrderBy(p => p.At)];

    /// <summary>Deletes all of a person's PEG-3 entries; returns how many.</summary>
    public int DeletePegs(ulong userId) => _pegs.DeleteMany(p => p.UserId == userId);

    /// <summary>The person's check-in preferences, if they ever set any.</summary>
    public CheckInPreferences? Preferences(ulong userId) => _preferences.FindOne(p => p.UserId == userId);

    /// <summary>Saves the person's check-in preferences.</summary>
    public void SavePreferences(CheckInPreferences preferences) => _preferences.Upsert(preferences);

    /// <summary>Deletes the person's preferences; returns how many records (0 or 1).</summary>
    public int DeletePreferences(ulong userId) => _preferences.DeleteMany(p => p.UserId == userId);
}
