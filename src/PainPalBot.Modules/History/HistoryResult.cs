using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.History;

/// <summary>
/// The answer to <c>/history</c>: the text (for an ephemeral reply or a DM), and when there is data a
/// PNG chart with its alt text (≤ 1,024 characters, Discord's attachment description limit).
/// </summary>
public sealed record HistoryResult(string Message, byte[]? ChartPng = null, string? ChartAltText = null, string ChartFileName = "history.png") : IHealthData
{
    /// <summary>Ids only: this carries health data, which never reaches a log.</summary>
    public override string ToString() => $"HistoryResult {{ HasChart = {ChartPng is not null} }}";

    /// <summary>True when a chart is attached.</summary>
    public bool HasChart => ChartPng is not null;
}
