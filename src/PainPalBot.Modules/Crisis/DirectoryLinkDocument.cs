namespace PainPalBot.Modules.Crisis;

/// <summary>A directory link as written in helplines.json.</summary>
internal sealed record DirectoryLinkDocument(string? Name, string? Url);
