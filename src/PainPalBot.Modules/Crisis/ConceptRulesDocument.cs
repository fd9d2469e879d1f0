namespace PainPalBot.Modules.Crisis;

/// <summary>The language-independent composition file (config/crisis-phrases/rules.json) as written.</summary>
internal sealed record ConceptRulesDocument(
    Dictionary<string, string?>? Families,
    string? Negation,
    int? NegationReach,
    string? Self,
    List<string?>? SelfNaming,
    string? Other,
    double? OtherFactor,
    int? Gap,
    List<string?>? GapBlockers,
    List<ConceptRuleDocument?>? Rules,
    List<ConceptContextDocument?>? Contexts);
