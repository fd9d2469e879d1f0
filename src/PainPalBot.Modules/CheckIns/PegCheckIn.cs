using LiteDB;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.CheckIns;

/// <summary>
/// One weekly PEG-3: average pain, interference with enjoyment of life, and interference with
/// general activity, each 0–10. The score is their mean.
/// </summary>
public sealed record PegCheckIn(ObjectId Id, ulong UserId, DateOnly LocalDate, DateTimeOffset At, int AveragePain, int Enjoyment, int Activity) : IHealthData
{
    /// <summary>Ids only: this carries health data, which never reaches a log.</summary>
    public override string ToString() => $"PegCheckIn {{ Id = {Id}, UserId = {UserId}, LocalDate = {LocalDate:yyyy-MM-dd} }}";

    /// <summary>The PEG score: the mean of the three items, 0–10.</summary>
    [BsonIgnore]
    public double Score => Math.Round((AveragePain + Enjoyment + Activity) / 3.0, 1);
}
