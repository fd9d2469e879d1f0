namespace PainPalBot.Modules.Crisis;

/// <summary>A country's emergency number and helplines, with where the data came from.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, upper case.</param>
/// <param name="Name">English name.</param>
/// <param name="Aliases">Other names people type ("UK", "Deutschland").</param>
/// <param name="EmergencyNumber">The number for immediate danger.</param>
/// <param name="EmergencyNote">Extra guidance on emergency numbers, if any.</param>
/// <param name="Helplines">Helplines, most useful first; may be empty when no number is known well enough.</param>
/// <param name="Source">The organisation or directory the data comes from.</param>
/// <param name="SourceUrl">Where that source publishes it, if known.</param>
/// <param name="Verified">When the data was last checked against the source.</param>
public sealed record CountryHelplines(
    string Code,
    string Name,
    IReadOnlyList<string> Aliases,
    string EmergencyNumber,
    string? EmergencyNote,
    IReadOnlyList<Helpline> Helplines,
    string Source,
    Uri? SourceUrl,
    DateOnly Verified);
