using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using PainPalBot.Modules.History;

namespace PainPalBot.Modules.Tests.History;

public sealed class HistoryChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void The_chart_is_a_1200_by_700_png_and_is_saved_for_the_readme()
    {
        var report = SampleReport(30);

        var png = HistoryChart.RenderPng(report);

        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(700, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.InRange(png.Length, 20_000, 2_000_000);
        var docs = Path.Combine(RepositoryRoot(), "docs");
        Directory.CreateDirectory(docs);
        File.WriteAllBytes(Path.Combine(docs, "history-chart.png"), png);
    }

    [Fact]
    public void Alt_text_describes_the_chart_within_1024_characters_even_for_90_days()
    {
        var alt = HistoryChart.AltText(SampleReport(90));

        Assert.InRange(alt.Length, 100, 1024);
        Assert.StartsWith("Line chart of pain over the last 90 days", alt, StringComparison.Ordinal);
        Assert.Contains("days without one are gaps", alt, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_period_still_renders()
    {
        var from = new DateOnly(2026, 11, 19);
        var days = Enumerable.Range(0, 7).Select(i => new DaySummary(from.AddDays(i), 0, null, null, null, null, null)).ToList();
        var report = new HistoryReport(7, from, from.AddDays(6), days, "");

        Assert.Equal(PngSignature, HistoryChart.RenderPng(report)[..8]);
        Assert.Contains("no check-ins in this period", HistoryChart.AltText(report), StringComparison.Ordinal);
    }

    // A plausible month: a flare mid-month, some days without a check-in.
    private static HistoryReport SampleReport(int length)
    {
        var to = new DateOnly(2026, 11, 25);
        var from = to.AddDays(-(length - 1));
        var days = new List<DaySummary>();
        for (var i = 0; i < length; i++)
        {
            var date = from.AddDays(i);
            if (i % 6 == 4)
            {
                days.Add(new DaySummary(date, 0, null, null, null, null, null));
                continue;
            }
            var flare = Math.Max(0, 3 - Math.Abs(i - length / 2) / 2.0);
            var mean = Math.Round(Math.Clamp(3.5 + flare + Math.Sin(i) * 0.8, 0, 10), 1);
            days.Add(new DaySummary(date, 2, mean, (int)Math.Min(10, Math.Ceiling(mean + 1.5)),
                Math.Round(Math.Clamp(3.6 - flare / 2 + Math.Cos(i) * 0.4, 1, 5), 1), Math.Round(Math.Clamp(3 - flare / 2, 1, 5), 1), 3));
        }
        return new HistoryReport(length, from, to, days, "");
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
