namespace PainPalBot.Modules.Crisis;

/// <summary>
/// Why the detector scored a message as it did: the verdict, every concept it recognised and every rule it matched.
/// Only concept and rule names, so a test may print it; it is still never logged, since it says what kind of thing a person wrote.
/// </summary>
public sealed record CrisisExplanation(CrisisAssessment Assessment, IReadOnlyList<string> Concepts, IReadOnlyList<CrisisRuleFired> Rules)
{
    /// <summary>The language whose concepts gave this reading (ISO 639-1).</summary>
    public string Language { get; init; } = "";

    /// <summary>A one-line summary, e.g. <c>alert 0.90: ideation "desire death" 0.90 | concepts self desire death</c>.</summary>
    public override string ToString()
    {
        var verdict = Assessment.IsCrisis ? "alert" : "quiet";
        var rules = Rules.Select(r => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{r.Family} \"{r.Rule}\" {r.Effective:0.00}{(r.Negated ? " negated" : "")}{(r.Contexts.Count > 0 ? " less: " + string.Join(',', r.Contexts) : "")}"));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{verdict} {Assessment.Score:0.00} [{Language}]: {string.Join("; ", rules)} | concepts {string.Join(' ', Concepts)}");
    }
}
