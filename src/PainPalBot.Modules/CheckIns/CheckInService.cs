using System.Globalization;
using System.Text;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PainPalBot.Modules.CheckIns;

/// <summary>
/// Logging check-ins: the one-shot <c>/checkin</c>, the step-by-step one-tap flow from the DM prompt,
/// undo and edit of today's last entry, and the weekly PEG-3. Every method answers with a
/// <see cref="CheckInResult"/> whose text can go straight into an ephemeral reply; bad input and
/// stale or foreign buttons are answered, never thrown, and never write to the wrong record.
/// </summary>
public sealed partial class CheckInService
{
    private readonly CheckInStore _store;
    private readonly IUserTimeZones _zones;
    private readonly TimeProvider _time;
    private readonly CheckInOptions _options;
    private readonly ILogger<CheckInService> _log;

    /// <summary>Creates the service.</summary>
    public CheckInService(CheckInStore store, IUserTimeZones zones, TimeProvider time, IOptions<CheckInOptions> options, ILogger<CheckInService> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _zones = zones;
        _time = time;
        _options = options.Value;
        _log = log;
    }

    /// <summary>The person's local date right now.</summary>
    public DateOnly Today(ulong userId) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _zones.ZoneOf(userId)).DateTime);

    /// <summary>Logs a whole check-in at once (<c>/checkin</c>). Pain is required; the rest are optional.</summary>
    public CheckInResult Log(ulong userId, int pain, int? mood = null, int? energy = null, int? sleep = null, string? note = null)
    {
        var error = ValidatePain(pain) ?? ValidateItem("Mood", mood) ?? ValidateItem("Energy", energy) ?? ValidateItem("Sleep", sleep) ?? ValidateNote(note);
        if (error is not null)
            return Invalid(error);

        var today = Today(userId);
        if (_store.CountOn(userId, today) >= _options.MaxPerDay)
            return Invalid($"You've already logged {_options.MaxPerDay} check-ins today, the most one day holds. Nothing was saved.");

        var checkIn = new CheckIn(ObjectId.NewObjectId(), userId, today, _time.GetUtcNow(), pain, mood, energy, sleep, Clean(note), null);
        _store.Add(checkIn);
        LogCheckIn(_log, checkIn.Id, "saved", userId);
        return new CheckInResult(CheckInOutcome.Saved, $"{Opening(pain)} Saved: {Describe(checkIn)}.", checkIn);
    }

    /// <summary>
    /// One-tap step 1: a pain button on the prompt for <paramref name="localDate"/>. Creates the
    /// check-in straight away, so a person who stops here loses nothing.
    /// </summary>
    public CheckInResult SetPain(ulong userId, DateOnly localDate, int pain)
    {
        if (ValidatePain(pain) is { } error)
            return Invalid(error);

        var today = Today(userId);
        if (localDate != today)
            return new CheckInResult(CheckInOutcome.Stale, $"This prompt was for {FormatDate(localDate)}, so it has closed. You can log today with /checkin. Nothing was saved.");
        if (_store.CountOn(userId, today) >= _options.MaxPerDay)
            return Invalid($"You've already logged {_options.MaxPerDay} check-ins today, the most one day holds. Nothing was saved.");

        var checkIn = new CheckIn(ObjectId.NewObjectId(), userId, today, _time.GetUtcNow(), pain, null, null, null, null, null);
        _store.Add(checkIn);
        LogCheckIn(_log, checkIn.Id, "started from a prompt", userId);
        return new CheckInResult(CheckInOutcome.Saved, $"Pain {pain}/10 saved. How is your mood, from 1 (very low) to 5 (very good)?", checkIn);
    }

    /// <summary>One-tap step 2: mood (1–5) on a check-in started today.</summary>
    public CheckInResult SetMood(ulong userId, ObjectId checkInId, int mood) =>
        ValidateItem("Mood", mood) is { } error
            ? Invalid(error)
            : Change(userId, checkInId, c => c with { Mood = mood }, c => $"Mood {mood}/5 saved. Add a note if you like, or tap Done.");

    /// <summary>Sets energy (1–5) on a check-in made today.</summary>
    public CheckInResult SetEnergy(ulong userId, ObjectId checkInId, int energy) =>
        ValidateItem("Energy", energy) is { } error
            ? Invalid(error)
            : Change(userId, checkInId, c => c with { Energy = energy }, c => $"Energy {energy}/5 saved.");

    /// <summary>Sets sleep quality (1–5) on a check-in made today.</summary>
    public CheckInResult SetSleep(ulong userId, ObjectId checkInId, int sleep) =>
        ValidateItem("Sleep", sleep) is { } error
            ? Invalid(error)
            : Change(userId, checkInId, c => c with { Sleep = sleep }, c => $"Sleep {sleep}/5 saved.");

    /// <summary>One-tap step 3: the note from the modal; an empty note clears it.</summary>
    public CheckInResult SetNote(ulong userId, ObjectId checkInId, string? note) =>
        ValidateNote(note) is { } error
            ? Invalid(error)
            : Change(userId, checkInId, c => c with { Note = Clean(note) }, c => c.Note is null ? "Note cleared." : "Note saved. Thank you for checking in.");

    /// <summary>One-tap "Done": nothing to write, but the same checks, and a summary of what was saved.</summary>
    public CheckInResult Finish(ulong userId, ObjectId checkInId)
    {
        var (checkIn, refusal) = Owned(userId, checkInId);
        if (refusal is not null)
            return refusal;
        return new CheckInResult(CheckInOutcome.Updated, $"All saved: {Describe(checkIn!)}. Thank you for checking in.", checkIn);
    }

    /// <summary>Changes today's last check-in (<c>/checkin edit</c>); only the values given are changed.</summary>
    public CheckInResult EditLast(ulong userId, int? pain = null, int? mood = null, int? energy = null, int? sleep = null, string? note = null)
    {
        var error = (pain is { } p ? ValidatePain(p) : null) ?? ValidateItem("Mood", mood) ?? ValidateItem("Energy", energy) ?? ValidateItem("Sleep", sleep) ?? ValidateNote(note);
        if (error is not null)
            return Invalid(error.Replace("Nothing was saved.", "Nothing was changed.", StringComparison.Ordinal));

        var last = _store.LastOn(userId, Today(userId));
        if (last is null)
            return new CheckInResult(CheckInOutcome.NotFound, "You have no check-in today to edit. You can log one with /checkin. Nothing was changed.");

        var edited = last with
        {
            Pain = pain ?? last.Pain,
            Mood = mood ?? last.Mood,
            Energy = energy ?? last.Energy,
            Sleep = sleep ?? last.Sleep,
            Note = note is null ? last.Note : Clean(note),
            UpdatedAt = _time.GetUtcNow(),
        };
        if (!_store.Update(edited))
            return new CheckInResult(CheckInOutcome.NotFound, "That check-in isn't there any more. Nothing was changed.");
        LogCheckIn(_log, edited.Id, "edited", userId);
        return new CheckInResult(CheckInOutcome.Updated, $"Updated today's last check-in: {Describe(edited)}.", edited);
    }

    /// <summary>Deletes today's last check-in (<c>/checkin undo</c>).</summary>
    public CheckInResult UndoLast(ulong userId)
    {
        var last = _store.LastOn(userId, Today(userId));
        if (last is null || !_store.Remove(last.Id))
            return new CheckInResult(CheckInOutcome.NotFound, "You have no check-in today to undo. Nothing was changed.");
        LogCheckIn(_log, last.Id, "undone", userId);
        return new CheckInResult(CheckInOutcome.Deleted, $"Removed your last check-in from today ({Describe(last)}).", last);
    }

    /// <summary>True when the person has at least one check-in on the local date.</summary>
    public bool HasCheckedIn(ulong userId, DateOnly localDate) => _store.CountOn(userId, localDate) > 0;

    /// <summary>Turns the weekly PEG-3 on or off for the person.</summary>
    public PegResult SetPegOptIn(ulong userId, bool optIn)
    {
        _store.SavePreferences(new CheckInPreferences(userId, optIn, _time.GetUtcNow()));
        LogCheckIn(_log, ObjectId.Empty, "PEG-3 opt-in changed", userId);
        return new PegResult(CheckInOutcome.Updated, optIn
            ? "The weekly PEG-3 is on: three quick questions once a week. You can turn it off any time."
            : "The weekly PEG-3 is off. Anything you logged before is kept.");
    }

    /// <summary>True when the person opted in to the weekly PEG-3.</summary>
    public bool IsPegEnabled(ulong userId) => _store.Preferences(userId)?.PegOptIn == true;

    /// <summary>True when the person opted in and has not answered the PEG-3 in the last seven days.</summary>
    public bool IsPegDue(ulong userId) => IsPegDue(_store, userId, Today(userId));

    /// <summary>True when the person opted in and has not answered the PEG-3 in the seven local days ending <paramref name="today"/>.</summary>
    internal static bool IsPegDue(CheckInStore store, ulong userId, DateOnly today)
    {
        if (store.Preferences(userId)?.PegOptIn != true)
            return false;
        var since = today.AddDays(-6);
        return !store.PegsForUser(userId).Any(p => p.LocalDate >= since);
    }

    /// <summary>Logs a PEG-3 (each item 0–10). One per local day: a second one the same day replaces the first.</summary>
    public PegResult LogPeg(ulong userId, int averagePain, int enjoyment, int activity)
    {
        if (!IsPegEnabled(userId))
            return new PegResult(CheckInOutcome.NotEnabled, "The weekly PEG-3 is off. Turn it on first if you'd like to use it. Nothing was saved.");
        var error = ValidateZeroToTen("Average pain", averagePain) ?? ValidateZeroToTen("Interference with enjoyment of life", enjoyment) ?? ValidateZeroToTen("Interference with general activity", activity);
        if (error is not null)
            return new PegResult(CheckInOutcome.Invalid, error);

        var today = Today(userId);
        var existing = _store.PegsForUser(userId).LastOrDefault(p => p.LocalDate == today);
        var peg = new PegCheckIn(existing?.Id ?? ObjectId.NewObjectId(), userId, today, _time.GetUtcNow(), averagePain, enjoyment, activity);
        if (existing is null)
            _store.AddPeg(peg);
        else
            _store.UpdatePeg(peg);
        LogCheckIn(_log, peg.Id, "PEG-3 saved", userId);
        return new PegResult(existing is null ? CheckInOutcome.Saved : CheckInOutcome.Updated,
            string.Create(CultureInfo.InvariantCulture, $"PEG-3 saved: score {peg.Score:0.0} of 10 (pain {averagePain}, enjoyment {enjoyment}, activity {activity}). Thank you."), peg);
    }

    private CheckInResult Change(ulong userId, ObjectId checkInId, Func<CheckIn, CheckIn> change, Func<CheckIn, string> message)
    {
        var (checkIn, refusal) = Owned(userId, checkInId);
        if (refusal is not null)
            return refusal;
        var changed = change(checkIn!) with { UpdatedAt = _time.GetUtcNow() };
        if (!_store.Update(changed))
            return new CheckInResult(CheckInOutcome.NotFound, "That check-in isn't there any more (it may have been removed). Nothing was changed.");
        LogCheckIn(_log, changed.Id, "updated", userId);
        return new CheckInResult(CheckInOutcome.Updated, message(changed), changed);
    }

    // The one check that keeps a stale or forged button from writing to the wrong record.
    private (CheckIn? CheckIn, CheckInResult? Refusal) Owned(ulong userId, ObjectId checkInId)
    {
        var checkIn = _store.Find(checkInId);
        if (checkIn is null)
            return (null, new CheckInResult(CheckInOutcome.NotFound, "That check-in isn't there any more (it may have been removed). Nothing was changed."));
        if (checkIn.UserId != userId)
        {
            LogForeignButton(_log, userId);
            return (null, new CheckInResult(CheckInOutcome.NotYours, "This button belongs to someone else's check-in, so nothing was changed. You can log your own with /checkin."));
        }
        if (checkIn.LocalDate != Today(userId))
            return (null, new CheckInResult(CheckInOutcome.Stale, $"That check-in was for {FormatDate(checkIn.LocalDate)} and can't be changed from this button now. Nothing was changed."));
        return (checkIn, null);
    }

    private static CheckInResult Invalid(string message) => new(CheckInOutcome.Invalid, message);

    private static string? ValidatePain(int pain) =>
        pain is < 0 or > 10 ? "Pain must be a whole number from 0 to 10. Nothing was saved." : null;

    private static string? ValidateZeroToTen(string name, int value) =>
        value is < 0 or > 10 ? $"{name} must be a whole number from 0 to 10. Nothing was saved." : null;

    private static string? ValidateItem(string name, int? value) =>
        value is < 1 or > 5 ? $"{name} must be a whole number from 1 to 5. Nothing was saved." : null;

    private string? ValidateNote(string? note) =>
        note is not null && note.Trim().Length > _options.NoteMaxLength
            ? $"Your note is {note.Trim().Length} characters; the limit is {_options.NoteMaxLength}. Nothing was saved. Please shorten it and try again."
            : null;

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private static string Opening(int pain) => pain >= 7
        ? "That sounds like a hard day, and I'm glad you checked in."
        : "Thanks for checking in.";

    /// <summary>What a check-in holds, in words ("pain 4/10, mood 3/5 and a note").</summary>
    internal static string Describe(CheckIn checkIn)
    {
        var parts = new List<string> { $"pain {checkIn.Pain}/10" };
        if (checkIn.Mood is { } mood) parts.Add($"mood {mood}/5");
        if (checkIn.Energy is { } energy) parts.Add($"energy {energy}/5");
        if (checkIn.Sleep is { } sleep) parts.Add($"sleep {sleep}/5");
        if (checkIn.Note is not null) parts.Add("your note");
        var text = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
                text.Append(i == parts.Count - 1 ? " and " : ", ");
            text.Append(parts[i]);
        }
        return text.ToString();
    }

    private static string FormatDate(DateOnly date) => date.ToString("dddd d MMMM", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in {CheckInId} {Action} for {UserId}")]
    private static partial void LogCheckIn(ILogger logger, ObjectId checkInId, string action, ulong userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} used a check-in button that is not theirs; nothing was changed")]
    private static partial void LogForeignButton(ILogger logger, ulong userId);
}
