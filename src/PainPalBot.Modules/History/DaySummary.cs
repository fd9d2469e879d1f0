using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.History;

/// <summary>
/// One local day of a person's history. A day without a check-in has <see cref="CheckIns"/> 0 and
/// null values: it is a gap, never a zero.
/// </summary>
public sealed record DaySummary(DateOnly Date, int CheckIns, double? MeanPain, int? WorstPain, double? MeanMood, double? MeanEnergy, double? MeanSleep) : IHealthData
{
    /// <summary>Ids only: this carries health data, which never reaches a log.</summary>
    public override string ToString() => $"DaySummary {{ Date = {Date:yyyy-MM-dd}, CheckIns = {CheckIns} }}";

    /// <summary>True when the person checked in that day.</summary>
    public bool HasData => CheckIns > 0;
}
