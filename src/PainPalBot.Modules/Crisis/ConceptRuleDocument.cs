namespace PainPalBot.Modules.Crisis;

/// <summary>
/// One composition rule as written: either an ordered <see cref="Pattern"/> of concepts inside one clause,
/// or a set of concepts that must <see cref="All"/> appear in the clause or the message.
/// </summary>
internal sealed record ConceptRuleDocument(string? Family, double? Weight, string? Pattern, List<string?>? All, string? Scope, int? Gap);
