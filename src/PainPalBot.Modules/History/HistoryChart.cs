using System.Globalization;
using System.Text;
using ScottPlot;

namespace PainPalBot.Modules.History;

/// <summary>
/// Renders a history as a PNG a person can show a clinician: daily mean pain and the day's worst
/// score on 0–10, mood and energy on 1–5 on the right axis, titled and dated, sized for a phone.
/// Days without a check-in are gaps in the lines, not zeros.
/// </summary>
public static class HistoryChart
{
    /// <summary>The default image width in pixels.</summary>
    public const int DefaultWidth = 1200;

    /// <summary>The default image height in pixels.</summary>
    public const int DefaultHeight = 700;

    /// <summary>Discord's limit for an attachment description.</summary>
    public const int MaxAltTextLength = 1024;

    /// <summary>Renders the report's days as a PNG.</summary>
    public static byte[] RenderPng(HistoryReport report, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var plot = new Plot();
        var xs = report.Daily.Select(d => d.Date.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();

        var mean = plot.Add.Scatter(xs, Values(report.Daily, d => d.MeanPain));
        mean.LegendText = "Pain, daily mean (0-10)";
        mean.Color = Color.FromHex("#C62828");
        mean.LineWidth = 4;
        mean.MarkerSize = 10;

        var worst = plot.Add.Scatter(xs, Values(report.Daily, d => d.WorstPain));
        worst.LegendText = "Pain, worst of the day";
        worst.Color = Color.FromHex("#EF9A9A");
        worst.LineWidth = 2;
        worst.LinePattern = LinePattern.Dashed;
        worst.MarkerSize = 8;
        worst.MarkerShape = MarkerShape.OpenCircle;

        var mood = plot.Add.Scatter(xs, Values(report.Daily, d => d.MeanMood));
        mood.LegendText = "Mood (1-5, right axis)";
        mood.Color = Color.FromHex("#1565C0");
        mood.LineWidth = 3;
        mood.MarkerSize = 8;
        mood.Axes.YAxis = plot.Axes.Right;

        var energy = plot.Add.Scatter(xs, Values(report.Daily, d => d.MeanEnergy));
        energy.LegendText = "Energy (1-5, right axis)";
        energy.Color = Color.FromHex("#2E7D32");
        energy.LineWidth = 3;
        energy.MarkerSize = 8;
        energy.MarkerShape = MarkerShape.FilledSquare;
        energy.Axes.YAxis = plot.Axes.Right;

        var dates = plot.Axes.DateTimeTicksBottom();
        dates.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = d => d.ToString("d MMM", CultureInfo.InvariantCulture),
        };
        plot.Font.Set(Fonts.Sans);
        plot.Title($"Pain over the last {report.Days} days ({Format(report.From)} to {Format(report.To)})", size: 30);
        plot.XLabel("Date", size: 22);
        plot.YLabel("Pain (0 = none, 10 = worst)", size: 22);
        plot.Axes.Right.Label.Text = "Mood and energy (1-5)";
        plot.Axes.Right.Label.FontSize = 22;
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left, plot.Axes.Right })
            axis.TickLabelStyle.FontSize = 18;
        plot.Axes.SetLimitsY(-0.3, 10.3, plot.Axes.Left);
        plot.Axes.SetLimitsY(0.5, 5.5, plot.Axes.Right);
        var pad = 0.6;
        plot.Axes.SetLimitsX(xs.Length > 0 ? xs[0] - pad : 0, xs.Length > 0 ? xs[^1] + pad : 1, plot.Axes.Bottom);
        plot.Legend.FontSize = 18;
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>A text description of the chart for screen readers, at most 1,024 characters.</summary>
    public static string AltText(HistoryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var days = report.Daily.Where(d => d.HasData).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Line chart of pain over the last {report.Days} days, {Format(report.From)} to {Format(report.To)}. ");
        if (days.Count == 0)
        {
            text.Append("There are no check-ins in this period, so the chart is empty.");
        }
        else
        {
            var lowest = days.MinBy(d => d.MeanPain)!;
            var highest = days.MaxBy(d => d.MeanPain)!;
            text.Append(CultureInfo.InvariantCulture,
                $"Check-ins on {days.Count} of {report.Days} days; days without one are gaps. Daily mean pain (0 to 10) averaged {days.Average(d => d.MeanPain!.Value):0.0}, ");
            text.Append(CultureInfo.InvariantCulture,
                $"lowest {lowest.MeanPain:0.0} on {Format(lowest.Date)}, highest {highest.MeanPain:0.0} on {Format(highest.Date)}; the worst single score was {days.Max(d => d.WorstPain)}. ");
            if (days.Any(d => d.MeanMood is not null))
                text.Append(CultureInfo.InvariantCulture, $"Mood (1 to 5) averaged {days.Where(d => d.MeanMood is not null).Average(d => d.MeanMood!.Value):0.0}. ");
            if (days.Any(d => d.MeanEnergy is not null))
                text.Append(CultureInfo.InvariantCulture, $"Energy (1 to 5) averaged {days.Where(d => d.MeanEnergy is not null).Average(d => d.MeanEnergy!.Value):0.0}. ");
            text.Append("Daily values: ");
            text.AppendJoin("; ", days.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Date:d MMM} {d.MeanPain:0.#}")));
            text.Append('.');
        }
        return text.Length <= MaxAltTextLength ? text.ToString() : text.ToString(0, MaxAltTextLength - 1) + "…";
    }

    // NaN leaves a gap: a day without a check-in must not be drawn as zero pain.
    private static double[] Values(IReadOnlyList<DaySummary> days, Func<DaySummary, double?> value) =>
        [.. days.Select(d => value(d) ?? double.NaN)];

    private static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
