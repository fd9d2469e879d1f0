using System.Globalization;
using PainPalBot.Modules.CheckIns;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Reminders;

/// <summary>A person's reminder settings, for export and deletion.</summary>
public sealed class ReminderPersonalData(ReminderStore store) : IPersonalData
{
    /// <inheritdoc />
    public string Section => "reminders";

    /// <inheritdoc />
    public PersonalDataSection Export(ulong userId) => new(
        Section,
        ["user_id", "time_zone", "local_time", "days", "state", "paused_until", "pause_reason", "next_due_utc", "next_local_date",
         "weekly_summary", "next_summary_utc", "pending_notice", "updated_at_utc"],
        store.Find(userId) is { } r
            ?
            [[
                r.UserId.ToString(CultureInfo.InvariantCulture),
                r.TimeZoneId,
                r.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture),
                string.Join(' ', r.Days),
                r.State.ToString(),
                r.PausedUntil is { } p ? DateOnlyBsonMapping.ToText(p) : null,
                r.PauseReason,
                Utc(r.NextDueUtc),
                r.NextLocalDate is { } d ? DateOnlyBsonMapping.ToText(d) : null,
                r.WeeklySummary ? "true" : "false",
                Utc(r.NextSummaryUtc),
                r.PendingNotice,
                Utc(r.UpdatedAt),
            ]]
            : []);

    /// <inheritdoc />
    public int Delete(ulong userId) => store.DeleteSettings(userId);

    private static string? Utc(DateTimeOffset? at) => at?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
