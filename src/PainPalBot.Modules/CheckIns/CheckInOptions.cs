namespace PainPalBot.Modules.CheckIns;

/// <summary>Check-in settings, bound from the <c>CheckIns</c> configuration section.</summary>
public sealed class CheckInOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "CheckIns";

    /// <summary>The most check-ins one person may log on one local day (guards against runaway clients).</summary>
    public int MaxPerDay { get; set; } = 24;

    /// <summary>The longest note accepted, in characters.</summary>
    public int NoteMaxLength { get; set; } = 500;
}
