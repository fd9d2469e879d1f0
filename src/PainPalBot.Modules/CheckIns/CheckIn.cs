using LiteDB;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.CheckIns;

/// <summary>
/// One check-in; a person may log several on one local date. Pain (0–10 NRS) is always present;
/// mood, energy and sleep (1–5) and the note are optional, and the one-tap flow fills them in step by step.
/// </summary>
public sealed record CheckIn(
    ObjectId Id,
    ulong UserId,
    DateOnly LocalDate,
    DateTimeOffset At,
    int Pain,
    int? Mood,
    int? Energy,
    int? Sleep,
    string? Note,
    DateTimeOffset? UpdatedAt) : IHealthData
{
    /// <summary>Ids only: this carries health data, which never reaches a log.</summary>
    public override string ToString() => $"CheckIn {{ Id = {Id}, UserId = {UserId}, LocalDate = {LocalDate:yyyy-MM-dd} }}";
}
