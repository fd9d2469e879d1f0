namespace PainPalBot.Modules.Crisis;

/// <summary>
/// A pattern that makes nearby risk language less likely to be a crisis (past tense, games, humour, helping someone else).
/// Factor multiplies the risk weight; scope is "clause" (default) or "message"; category, if set, limits it to "suicide" or "self_harm" risk.
/// </summary>
internal sealed record ContextPhraseDocument(string? Pattern, double? Factor, string? Kind, string? Scope, string? Category);
