using PainPalBot.Modules.History;
using PainPalBot.Modules.Tests.Support;

namespace PainPalBot.Modules.Tests.History;

public sealed class HistoryServiceTests : IDisposable
{
    private const ulong Alice = 111_111_111_111_111_111;

    // The history is read on Wednesday 25 November 2026; check-ins are logged on earlier days.
    private static readonly DateTimeOffset Start = new(2026, 11, 4, 9, 0, 0, TimeSpan.Zero);

    private readonly Harness _h = new(Start);

    [Fact]
    public void Days_get_their_mean_and_worst_and_days_without_a_check_in_are_gaps()
    {
        Log(new DateOnly(2026, 11, 23), 2, 6);
        Log(new DateOnly(2026, 11, 25), 5);
        _h.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero));

        var report = _h.History.Summarize(Alice, 7);

        Assert.Equal(7, report.Daily.Count);
        Assert.Equal((new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 25)), (report.From, report.To));
        var monday = report.Daily.Single(d => d.Date == new DateOnly(2026, 11, 23));
        Assert.Equal((2, 4.0, 6), (monday.CheckIns, monday.MeanPain, monday.WorstPain));
        var tuesday = report.Daily.Single(d => d.Date == new DateOnly(2026, 11, 24));
        Assert.False(tuesday.HasData);
        Assert.Null(tuesday.MeanPain);
        Assert.Contains("You checked in on 2 of 7 days. The 5 days without a check-in are left out, not counted as zero.", report.Summary, StringComparison.Ordinal);
        Assert.Contains("Average pain: 4.5 out of 10", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_names_the_easiest_and_hardest_day_and_the_trend()
    {
        // Previous week: pain around 7; this week: around 4.
        foreach (var day in Enumerable.Range(12, 7))
            Log(new DateOnly(2026, 11, day), 7);
        Log(new DateOnly(2026, 11, 20), 3);
        Log(new DateOnly(2026, 11, 22), 6, 8);
        Log(new DateOnly(2026, 11, 24), 3);
        _h.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero));

        var summary = _h.History.Summarize(Alice, 7).Summary;

        Assert.Contains("Easiest day: Fri 20 Nov (average 3). Hardest day: Sun 22 Nov (average 7, worst 8).", summary, StringComparison.Ordinal);
        Assert.Contains("Trend: your average pain is 2.7 lower than the 7 days before (7.0, from 7 days with a check-in).", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void No_data_gives_a_gentle_text_and_no_chart()
    {
        var result = _h.History.Get(Alice, 30);

        Assert.False(result.HasChart);
        Assert.Contains("no check-ins yet", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_7_30_or_90_days_are_offered()
    {
        Assert.Equal("History covers 7, 30 or 90 days; please pick one of those.", _h.History.Get(Alice, 12).Message);
    }

    [Fact]
    public void Get_returns_text_chart_and_alt_text()
    {
        Log(new DateOnly(2026, 11, 20), 3);
        _h.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero));

        var result = _h.History.Get(Alice, 7);

        Assert.True(result.HasChart);
        Assert.Equal("pain-history-7-days.png", result.ChartFileName);
        Assert.InRange(result.ChartAltText!.Length, 1, 1024);
    }

    private void Log(DateOnly day, params int[] pains)
    {
        foreach (var pain in pains)
        {
            _h.Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
            _h.CheckIns.Log(Alice, pain, mood: 3);
        }
    }

    public void Dispose() => _h.Dispose();
}
