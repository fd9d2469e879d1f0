namespace PainPalBot.Modules.Crisis;

/// <summary>Whether a negation stands just before a position: "not [suicidal]", "never [hurt myself]", "no [quiero morir]".</summary>
internal static class Negations
{
    /// <summary>True when an unshadowed negation ends at most the reach before <paramref name="start"/>, in the same comma-separated segment.</summary>
    public static bool IsNegated(CompiledRules rules, int start, int segment, ReadOnlySpan<PhraseMatch> spans) =>
        IsNegated(rules, start, segment, spans, rules.NegationReach);

    /// <summary>As above, with a reach of its own: a context is negated only from close by ("not [even] joking").</summary>
    public static bool IsNegated(CompiledRules rules, int start, int segment, ReadOnlySpan<PhraseMatch> spans, int reach)
    {
        foreach (var span in spans)
        {
            if (span.Start >= start) break;
            if (span.Entry != rules.Negation || span.Segment != segment || span.End > start || start - span.End > reach) continue;
            if (!CrisisDetector.IsShadowed(span, spans)) return true;
        }

        return false;
    }
}
