using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using PainPalBot.Modules.CheckIns;

namespace PainPalBot.Modules.History;

/// <summary>
/// A person's history over 7, 30 or 90 local days: per-day mean and worst, a text summary (average,
/// best and hardest day, trend versus the period before, days without a check-in counted honestly)
/// and a chart.
/// </summary>
public sealed partial class HistoryService(CheckInStore store, IUserTimeZones zones, TimeProvider time, ILogger<HistoryService> log)
{
    /// <summary>The periods offered.</summary>
    public static readonly IReadOnlyList<int> Periods = [7, 30, 90];

    // A difference smaller than this is "about the same": NRS scores move by a point or so day to day.
    private const double TrendThreshold = 0.5;

    /// <summary>The text summary and the chart (rendering takes a moment, so defer the reply first).</summary>
    public HistoryResult Get(ulong userId, int days)
    {
        if (!Periods.Contains(days))
            return new HistoryResult("History covers 7, 30 or 90 days; please pick one of those.");
        var report = Summarize(userId, days);
        var daysWithData = report.Daily.Count(d => d.HasData);
        LogHistory(log, userId, days, daysWithData);
        if (!report.HasData)
            return new HistoryResult(report.Summary);
        return new HistoryResult(report.Summary, HistoryChart.RenderPng(report), HistoryChart.AltText(report), $"pain-history-{days}-days.png");
    }

    /// <summary>The per-day history and its text summary, without a chart.</summary>
    public HistoryReport Summarize(ulong userId, int days)
    {
        if (days < 1)
            throw new ArgumentOutOfRangeException(nameof(days), days, "A history covers at least one day.");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zones.ZoneOf(userId)).DateTime);
        var from = today.AddDays(-(days - 1));
        var previousFrom = from.AddDays(-days);
        var checkIns = store.ForUserBetween(userId, previousFrom, today);
        var current = Daily(checkIns, from, today);
        var previous = Daily(checkIns, previousFrom, from.AddDays(-1));
        return new HistoryReport(days, from, today, current, Describe(days, from, today, current, previous));
    }

    /// <summary>One summary per local day from <paramref name="from"/> to <paramref name="to"/>, gaps included.</summary>
    internal static List<DaySummary> Daily(IEnumerable<CheckIn> checkIns, DateOnly from, DateOnly to)
    {
        var byDay = checkIns.Where(c => c.LocalDate >= from && c.LocalDate <= to).ToLookup(c => c.LocalDate);
        var result = new List<DaySummary>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var entries = byDay[day].ToList();
            result.Add(entries.Count == 0
                ? new DaySummary(day, 0, null, null, null, null, null)
                : new DaySummary(day, entries.Count, entries.Average(c => c.Pain), entries.Max(c => c.Pain),
                    Mean(entries, c => c.Mood), Mean(entries, c => c.Energy), Mean(entries, c => c.Sleep)));
        }
        return result;
    }

    private static double? Mean(List<CheckIn> entries, Func<CheckIn, int?> value)
    {
        var values = entries.Select(value).OfType<int>().ToList();
        return values.Count == 0 ? null : values.Average();
    }

    private static string Describe(int days, DateOnly from, DateOnly to, List<DaySummary> current, List<DaySummary> previous)
    {
        var logged = current.Where(d => d.HasData).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Your last {days} days ({Format(from)} to {Format(to)}):");
        if (logged.Count == 0)
        {
            text.Append(" no check-ins yet. Whenever you're ready, /checkin takes a few seconds.");
            return text.ToString();
        }
        var missing = days - logged.Count;
        text.Append(CultureInfo.InvariantCulture, $"\n- You checked in on {logged.Count} of {days} days.");
        if (missing > 0)
            text.Append(CultureInfo.InvariantCulture, $" The {missing} {(missing == 1 ? "day" : "days")} without a check-in {(missing == 1 ? "is" : "are")} left out, not counted as zero.");
        var average = logged.Average(d => d.MeanPain!.Value);
        text.Append(CultureInfo.InvariantCulture, $"\n- Average pain: {average:0.0} out of 10 (the mean of your daily means).");
        if (logged.Count > 1)
        {
            var best = logged.OrderBy(d => d.MeanPain).ThenBy(d => d.WorstPain).First();
            var worst = logged.OrderByDescending(d => d.MeanPain).ThenByDescending(d => d.WorstPain).First();
            text.Append(CultureInfo.InvariantCulture, $"\n- Easiest day: {Format(best.Date)} (average {best.MeanPain:0.#}). Hardest day: {Format(worst.Date)} (average {worst.MeanPain:0.#}, worst {worst.WorstPain}).");
        }
        var moods = logged.Where(d => d.MeanMood is not null).ToList();
        if (moods.Count > 0)
            text.Append(CultureInfo.InvariantCulture, $"\n- Average mood: {moods.Average(d => d.MeanMood!.Value):0.0} out of 5.");
        var before = previous.Where(d => d.HasData).ToList();
        if (before.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- Trend: no check-ins in the {days} days before, so nothing to compare with yet.");
        }
        else
        {
            var previousAverage = before.Average(d => d.MeanPain!.Value);
            var change = average - previousAverage;
            var trend = Math.Abs(change) < TrendThreshold
                ? "about the same as"
                : change < 0 ? $"{-change:0.0} lower than" : $"{change:0.0} higher than";
            text.Append(CultureInfo.InvariantCulture, $"\n- Trend: your average pain is {trend} the {days} days before ({previousAverage:0.0}, from {before.Count} days with a check-in).");
        }
        return text.ToString();
    }

    private static string Format(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "History of {Days} days for {UserId}: {DaysWithData} days with data")]
    private static partial void LogHistory(ILogger logger, ulong userId, int days, int daysWithData);
}
