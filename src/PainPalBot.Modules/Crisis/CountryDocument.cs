namespace PainPalBot.Modules.Crisis;

/// <summary>A country as written in helplines.json.</summary>
internal sealed record CountryDocument(
    string? Code,
    string? Name,
    List<string>? Aliases,
    string? EmergencyNumber,
    string? EmergencyNote,
    List<HelplineDocument?>? Helplines,
    string? Source,
    string? SourceUrl,
    string? Verified);
