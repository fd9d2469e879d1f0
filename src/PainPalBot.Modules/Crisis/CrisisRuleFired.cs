namespace PainPalBot.Modules.Crisis;

/// <summary>
/// One rule the detector matched, for explanations and tests: the rule and its family, its weight, and what became of it.
/// Holds names and numbers only, never words of the message.
/// </summary>
/// <param name="Rule">The rule as written in rules.json, e.g. "desire death".</param>
/// <param name="Family">Its family, e.g. "ideation" or "goodbye".</param>
/// <param name="Weight">The rule's weight before contexts.</param>
/// <param name="Factor">What contexts and the subject left of it (1 = nothing taken away).</param>
/// <param name="Negated">True when a negation just before it cancelled it.</param>
/// <param name="Contexts">The concepts that took risk away, e.g. "past", "someone else".</param>
public sealed record CrisisRuleFired(string Rule, string Family, double Weight, double Factor, bool Negated, IReadOnlyList<string> Contexts)
{
    /// <summary>The weight that counted.</summary>
    public double Effective => Negated ? 0 : Weight * Factor;
}
