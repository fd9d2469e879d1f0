namespace PainPalBot.Modules.Crisis;

/// <summary>A helpline as written in helplines.json.</summary>
internal sealed record HelplineDocument(
    string? Name,
    string? Phone,
    string? Text,
    string? TextKeyword,
    string? ChatUrl,
    string? Website,
    string? Hours,
    List<string>? Languages);
