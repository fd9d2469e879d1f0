namespace PainPalBot.Modules.Resources;

/// <summary>A curated entry as written; every field is optional here so the loader can name what is missing.</summary>
internal sealed record ResourceDocument(
    string? Id,
    string? Title,
    string? Url,
    string? Summary,
    List<string>? Tags,
    string? Region,
    string? Source,
    string? Reviewed);
