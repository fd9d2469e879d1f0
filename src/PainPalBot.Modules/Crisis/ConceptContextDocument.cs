namespace PainPalBot.Modules.Crisis;

/// <summary>A concept that takes risk away (the past, a game, a joke that says so) as written: its factor, reach and the families it applies to.</summary>
internal sealed record ConceptContextDocument(string? Concept, double? Factor, string? Scope, List<string?>? Families, List<string?>? Except, string? Unless);
