using System.Globalization;
using System.Text;

namespace PainPalBot.Modules.Reminders;

/// <summary>
/// Turns "HH:mm on these days in this zone" into UTC instants. A local time that does not exist
/// (spring forward) is moved to the first valid minute after it; one that happens twice (fall back)
/// is taken at its first occurrence, so each local day has exactly one instant.
/// </summary>
public static class PromptSchedule
{
    /// <summary>
    /// The first prompt on a chosen day after <paramref name="afterLocalDate"/> (if given) whose instant is
    /// at or after <paramref name="notBefore"/>; null when no day is chosen.
    /// </summary>
    public static (DateOnly LocalDate, DateTimeOffset DueUtc)? Next(TimeZoneInfo zone, int localMinutes, IReadOnlyCollection<DayOfWeek> days, DateTimeOffset notBefore, DateOnly? afterLocalDate = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
            return null;
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(notBefore, zone).DateTime).AddDays(-1);
        if (afterLocalDate is { } after && after.AddDays(1) > start)
            start = after.AddDays(1);
        for (var date = start; date <= start.AddDays(15); date = date.AddDays(1))
        {
            if (!days.Contains(date.DayOfWeek))
                continue;
            var due = ToUtc(zone, date, localMinutes);
            if (due >= notBefore)
                return (date, due);
        }
        return null;
    }

    /// <summary>The UTC instant of a local date and time, resolving DST gaps and overlaps as described on the class.</summary>
    public static DateTimeOffset ToUtc(TimeZoneInfo zone, DateOnly date, int localMinutes)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified).AddMinutes(localMinutes);
        // Gaps are at most a few hours (30 minutes on Lord Howe); walk to the first minute that exists.
        for (var i = 0; i < 24 * 60 && zone.IsInvalidTime(local); i++)
            local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>
    /// The nonce for a person's delivery: ≤ 25 characters, the same every time for the same person,
    /// kind and local day (e.g. <c>p3b5kz1q9x0yp-20260308</c>).
    /// </summary>
    public static string Nonce(PromptKind kind, ulong userId, DateOnly localDate) =>
        $"{(kind == PromptKind.Daily ? 'p' : 'w')}{Base36(userId)}-{localDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

    /// <summary>The unique key of a person's delivery for a day.</summary>
    public static string DeliveryKey(PromptKind kind, ulong userId, DateOnly localDate) =>
        string.Create(CultureInfo.InvariantCulture, $"{(kind == PromptKind.Daily ? "daily" : "weekly")}:{userId}:{localDate:yyyy-MM-dd}");

    private static string Base36(ulong value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (value == 0)
            return "0";
        var text = new StringBuilder();
        while (value > 0)
        {
            text.Insert(0, digits[(int)(value % 36)]);
            value /= 36;
        }
        return text.ToString();
    }
}
