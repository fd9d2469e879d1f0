using LiteDB;

namespace PainPalBot.Modules.Reminders;

/// <summary>
/// A person's daily prompt: when (local minutes after midnight, in their IANA zone, on which days),
/// whether it runs, and the next due instant in UTC (indexed, so the job's query is cheap).
/// </summary>
public sealed record ReminderSettings(
    [property: BsonId] ulong UserId,
    string TimeZoneId,
    int LocalMinutes,
    DayOfWeek[] Days,
    ReminderState State,
    DateOnly? PausedUntil,
    string? PauseReason,
    DateTimeOffset? NextDueUtc,
    DateOnly? NextLocalDate,
    bool WeeklySummary,
    DateTimeOffset? NextSummaryUtc,
    DateOnly? NextSummaryDate,
    string? PendingNotice,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The reason recorded when Discord refuses DMs (50007).</summary>
    public const string DmsClosedReason = "dms_closed";

    /// <summary>The local prompt time.</summary>
    [BsonIgnore]
    public TimeOnly LocalTime => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(LocalMinutes));
}
