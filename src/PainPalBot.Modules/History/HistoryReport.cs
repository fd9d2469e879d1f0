using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.History;

/// <summary>A person's history over a period: one entry per local day (gaps included), and the text summary.</summary>
public sealed record HistoryReport(int Days, DateOnly From, DateOnly To, IReadOnlyList<DaySummary> Daily, string Summary) : IHealthData
{
    /// <summary>Ids only: this carries health data, which never reaches a log.</summary>
    public override string ToString() => $"HistoryReport {{ Days = {Days}, From = {From:yyyy-MM-dd}, To = {To:yyyy-MM-dd} }}";

    /// <summary>True when there is at least one check-in in the period.</summary>
    public bool HasData => Daily.Any(d => d.HasData);
}
