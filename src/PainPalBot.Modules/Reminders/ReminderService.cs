using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PainPalBot.Modules.Reminders;

/// <summary>
/// The <c>/reminders</c> logic: set the daily prompt's time, zone and days; pause, resume, turn off,
/// show; the weekly summary opt-in; time zone autocomplete; and the one-time notice for people
/// whose DMs are closed. Every change recomputes the next due instant in UTC.
/// </summary>
public sealed partial class ReminderService(
    ReminderStore store,
    TimeZoneCatalog zones,
    TimeProvider timeProvider,
    IOptions<ReminderOptions> options,
    ILogger<ReminderService> log)
{
    /// <summary>What people whose DMs are closed are told, once, the next time they use a command.</summary>
    public const string DmsClosedNotice =
        "I couldn't send your daily check-in prompt because Discord won't let me DM you, so I've paused your prompts. " +
        "To fix it: in this server's menu open Privacy Settings and turn on Direct Messages (or allow DMs from server members), then use /reminders resume.";

    private const string NothingChanged = " Nothing was changed.";

    /// <summary>Sets the daily prompt (<c>/reminders set time:HH:mm timezone:… days:…</c>) and turns it on.</summary>
    public ReminderResult Set(ulong userId, string? time, string? timeZone, string? days = null)
    {
        if (!TryParseTime(time, out var minutes))
            return new ReminderResult(false, "The time must be HH:mm in 24-hour form, like 08:30 or 19:00." + NothingChanged);
        var lookup = zones.Resolve(timeZone);
        if (lookup.Zone is not { } zone)
        {
            var suggestions = lookup.Suggestions.Count > 0 ? $" Did you mean {JoinOr(lookup.Suggestions)}?" : " Try a name like Europe/London.";
            return new ReminderResult(false, $"I don't know the time zone \"{Shorten(timeZone)}\".{suggestions}{NothingChanged}");
        }
        if (!ReminderDays.TryParse(days, out var chosen))
            return new ReminderResult(false, "Days must be \"every day\", \"weekdays\", \"weekends\" or days like \"mon, wed, fri\"." + NothingChanged);

        var existing = store.Find(userId);
        var settings = Schedule(new ReminderSettings(userId, zone.Id, minutes, chosen, ReminderState.Active, null, null, null, null,
            existing?.WeeklySummary ?? false, null, null, null, timeProvider.GetUtcNow()));
        store.Save(settings);
        LogChanged(log, userId, "set");
        return new ReminderResult(true,
            $"Daily check-in prompts are set for {FormatTime(minutes)} ({zone.Id}) {ReminderDays.Describe(chosen)}. {NextText(settings)}", settings);
    }

    /// <summary>Pauses prompts, until the end of <paramref name="until"/> (yyyy-MM-dd, in the person's zone) or until resumed.</summary>
    public ReminderResult Pause(ulong userId, string? until = null)
    {
        var settings = store.Find(userId);
        if (settings is null || settings.State == ReminderState.Off)
            return new ReminderResult(false, "You have no daily prompts to pause. You can set them up with /reminders set." + NothingChanged);
        DateOnly? untilDate = null;
        if (!string.IsNullOrWhiteSpace(until))
        {
            if (!DateOnly.TryParseExact(until.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return new ReminderResult(false, "The date must look like 2026-12-31." + NothingChanged);
            if (parsed < LocalToday(settings))
                return new ReminderResult(false, "That date has already passed." + NothingChanged);
            untilDate = parsed;
        }
        settings = Schedule(settings with { State = ReminderState.Paused, PausedUntil = untilDate, PauseReason = "paused", UpdatedAt = timeProvider.GetUtcNow() });
        store.Save(settings);
        LogChanged(log, userId, "paused");
        return new ReminderResult(true, untilDate is { } d
            ? $"Prompts are paused until the end of {FormatDate(d)}. {NextText(settings)}"
            : "Prompts are paused. Use /reminders resume whenever you'd like them back.", settings);
    }

    /// <summary>Resumes paused prompts (also after DMs were closed and opened again).</summary>
    public ReminderResult Resume(ulong userId)
    {
        var settings = store.Find(userId);
        if (settings is null)
            return new ReminderResult(false, "You have no daily prompts yet. You can set them up with /reminders set." + NothingChanged);
        settings = Schedule(settings with { State = ReminderState.Active, PausedUntil = null, PauseReason = null, PendingNotice = null, UpdatedAt = timeProvider.GetUtcNow() });
        store.Save(settings);
        LogChanged(log, userId, "resumed");
        return new ReminderResult(true, $"Prompts are back on. {NextText(settings)}", settings);
    }

    /// <summary>Turns prompts off; the time and zone are kept so they can be resumed.</summary>
    public ReminderResult TurnOff(ulong userId)
    {
        var settings = store.Find(userId);
        if (settings is null || settings.State == ReminderState.Off)
            return new ReminderResult(false, "Your daily prompts are already off." + NothingChanged, settings);
        settings = Schedule(settings with { State = ReminderState.Off, PausedUntil = null, PauseReason = null, UpdatedAt = timeProvider.GetUtcNow() });
        store.Save(settings);
        LogChanged(log, userId, "turned off");
        return new ReminderResult(true, "Daily prompts are off. Your check-ins are kept, and /reminders resume brings prompts back.", settings);
    }

    /// <summary>Describes the person's prompt settings (<c>/reminders show</c>).</summary>
    public ReminderResult Show(ulong userId)
    {
        var settings = store.Find(userId);
        if (settings is null)
            return new ReminderResult(false, "You have no daily prompts set. /reminders set time:19:00 timezone:Europe/London would prompt you every evening.");
        var state = settings.State switch
        {
            ReminderState.Active => "on",
            ReminderState.Paused when settings.PauseReason == ReminderSettings.DmsClosedReason => "paused because I can't DM you",
            ReminderState.Paused when settings.PausedUntil is { } until => $"paused until the end of {FormatDate(until)}",
            ReminderState.Paused => "paused",
            _ => "off",
        };
        var summary = settings.WeeklySummary ? " The weekly summary is on." : "";
        return new ReminderResult(false,
            $"Daily prompts are {state}: {FormatTime(settings.LocalMinutes)} ({settings.TimeZoneId}) {ReminderDays.Describe(settings.Days)}. {NextText(settings)}{summary}", settings);
    }

    /// <summary>Turns the weekly summary DM on or off.</summary>
    public ReminderResult SetWeeklySummary(ulong userId, bool on)
    {
        var settings = store.Find(userId);
        if (settings is null)
            return new ReminderResult(false, "Set your daily prompt first (/reminders set), so I know your time zone." + NothingChanged);
        settings = Schedule(settings with { WeeklySummary = on, UpdatedAt = timeProvider.GetUtcNow() });
        store.Save(settings);
        LogChanged(log, userId, on ? "weekly summary on" : "weekly summary off");
        return new ReminderResult(true, on
            ? $"The weekly summary is on: a short look back every {options.Value.WeeklySummaryDay} at {FormatTime(settings.LocalMinutes)}."
            : "The weekly summary is off.", settings);
    }

    /// <summary>Time zones for autocomplete: at most 25 matches for what was typed so far.</summary>
    public IReadOnlyList<string> SearchTimeZones(string? query) => zones.Search(query);

    /// <summary>
    /// The notice waiting for the person (e.g. "your DMs are closed"), returned once and then cleared;
    /// null when there is none. Call it at the start of every command.
    /// </summary>
    public string? TakePendingNotice(ulong userId)
    {
        var settings = store.Find(userId);
        if (settings?.PendingNotice is not { } notice)
            return null;
        store.Save(settings with { PendingNotice = null, UpdatedAt = timeProvider.GetUtcNow() });
        return notice;
    }

    /// <summary>Pauses the person's prompts because Discord refused a DM (50007), and leaves them a notice.</summary>
    public void MarkDmsClosed(ulong userId)
    {
        if (store.Find(userId) is not { } settings)
            return;
        store.Save(Schedule(settings with
        {
            State = ReminderState.Paused,
            PausedUntil = null,
            PauseReason = ReminderSettings.DmsClosedReason,
            PendingNotice = DmsClosedNotice,
            UpdatedAt = timeProvider.GetUtcNow(),
        }));
        LogChanged(log, userId, "paused: DMs closed");
    }

    /// <summary>Sets the next due prompt and summary from the settings' state, from now on.</summary>
    internal ReminderSettings Schedule(ReminderSettings settings) => Schedule(settings, timeProvider.GetUtcNow(), options.Value);

    /// <summary>Sets the next due prompt and summary from the settings' state, from <paramref name="notBefore"/> on.</summary>
    internal static ReminderSettings Schedule(ReminderSettings settings, DateTimeOffset notBefore, ReminderOptions options) =>
        WithNextSummary(WithNextPrompt(settings, notBefore), notBefore, options);

    /// <summary>Sets only the next daily prompt: the first chosen day after <paramref name="afterLocalDate"/> (and any pause) at or after <paramref name="notBefore"/>.</summary>
    internal static ReminderSettings WithNextPrompt(ReminderSettings settings, DateTimeOffset notBefore, DateOnly? afterLocalDate = null)
    {
        var next = Runs(settings)
            ? PromptSchedule.Next(TimeZoneCatalog.FindOrUtc(settings.TimeZoneId), settings.LocalMinutes, settings.Days, notBefore, Later(afterLocalDate, PausedThrough(settings)))
            : null;
        return settings with { NextDueUtc = next?.DueUtc, NextLocalDate = next?.LocalDate };
    }

    /// <summary>Sets only the next weekly summary, on the configured day after <paramref name="afterLocalDate"/> (and any pause).</summary>
    internal static ReminderSettings WithNextSummary(ReminderSettings settings, DateTimeOffset notBefore, ReminderOptions options, DateOnly? afterLocalDate = null)
    {
        var next = Runs(settings) && settings.WeeklySummary
            ? PromptSchedule.Next(TimeZoneCatalog.FindOrUtc(settings.TimeZoneId), settings.LocalMinutes, [options.WeeklySummaryDay], notBefore, Later(afterLocalDate, PausedThrough(settings)))
            : null;
        return settings with { NextSummaryUtc = next?.DueUtc, NextSummaryDate = next?.LocalDate };
    }

    private static bool Runs(ReminderSettings settings) =>
        settings.State == ReminderState.Active || (settings.State == ReminderState.Paused && settings.PausedUntil is not null);

    private static DateOnly? PausedThrough(ReminderSettings settings) => settings.State == ReminderState.Paused ? settings.PausedUntil : null;

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private DateOnly LocalToday(ReminderSettings settings) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), TimeZoneCatalog.FindOrUtc(settings.TimeZoneId)).DateTime);

    private static string NextText(ReminderSettings settings)
    {
        if (settings.NextDueUtc is not { } due || settings.NextLocalDate is not { } date)
            return settings.State == ReminderState.Active ? "No prompt is scheduled." : "";
        var local = TimeZoneInfo.ConvertTime(due, TimeZoneCatalog.FindOrUtc(settings.TimeZoneId));
        return $"The next one is {FormatDate(date)} at {local.ToString("HH:mm", CultureInfo.InvariantCulture)}.";
    }

    private static bool TryParseTime(string? text, out int minutes)
    {
        minutes = 0;
        if (!TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        minutes = parsed.Hour * 60 + parsed.Minute;
        return true;
    }

    private static string FormatTime(int minutes) => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minutes)).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string FormatDate(DateOnly date) => date.ToString("dddd d MMMM", CultureInfo.InvariantCulture);

    private static string JoinOr(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} or {items[^1]}";

    // Echoed input is capped so a pasted essay can't blow the 2,000-character reply.
    private static string Shorten(string? text) => text is null ? "" : text.Length <= 40 ? text : text[..40] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders for {UserId}: {Change}")]
    private static partial void LogChanged(ILogger logger, ulong userId, string change);
}
