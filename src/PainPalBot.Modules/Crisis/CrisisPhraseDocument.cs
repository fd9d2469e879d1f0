namespace PainPalBot.Modules.Crisis;

/// <summary>One language's phrase file (config/crisis-phrases/*.json) as written.</summary>
internal sealed record CrisisPhraseDocument(
    string? Language,
    List<RiskPhraseDocument?>? Risk,
    List<string?>? Negations,
    List<ContextPhraseDocument?>? Contexts,
    List<string?>? ClauseBreaks);
