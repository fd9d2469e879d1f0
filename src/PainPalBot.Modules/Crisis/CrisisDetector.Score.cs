namespace PainPalBot.Modules.Crisis;

public sealed partial class CrisisDetector
{
    private const int MaxFamilies = 32;
    private const int ContextNegationReach = 1;

    // Hits that overlap are one statement read two ways ("want to die" and "die", "my attempt" as explicit and as an act):
    // the strongest counts. Separate hits combine as 1 - Π(1 - weight), so weak signals in different words add up.
    private CrisisAssessment Score(ReadOnlySpan<RuleHit> hits, MessageSpans spans, Explainer? explain)
    {
        if (hits.IsEmpty) return CrisisAssessment.None;
        Span<double> effective = stackalloc double[hits.Length];
        Span<int> order = stackalloc int[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            var rule = _rules.All[hits[i].Rule];
            explain?.Contexts.Clear();
            var negated = spans.IsNegated(hits[i].Start);
            var factor = negated ? 0 : Factor(hits[i], rule, spans, explain?.Contexts);
            effective[i] = rule.Weight * factor;
            explain?.AddRule(rule, _rules.Families[rule.Family], factor, negated);

            // Insertion sort, strongest first; there are a few dozen hits at most.
            var at = i;
            while (at > 0 && effective[order[at - 1]] < effective[i])
            {
                order[at] = order[at - 1];
                at--;
            }

            order[at] = i;
        }

        Span<double> familyNone = stackalloc double[MaxFamilies];
        familyNone.Fill(1);
        Span<bool> counted = stackalloc bool[hits.Length];
        counted.Clear();
        foreach (var i in order)
        {
            if (effective[i] <= 0) break;
            var family = _rules.All[hits[i].Rule].Family;
            var overlapping = false;
            foreach (var j in order)
            {
                if (counted[j] && hits[i].Start < hits[j].End && hits[j].Start < hits[i].End) overlapping = true;
            }

            if (overlapping) continue;
            counted[i] = true;
            familyNone[family] *= 1 - effective[i];
        }

        var none = 1.0;
        var strongest = -1;
        for (var f = 0; f < _rules.Families.Length; f++)
        {
            none *= familyNone[f];
            if (familyNone[f] < 1 && (strongest < 0 || familyNone[f] < familyNone[strongest])) strongest = f;
        }

        var score = 1 - none;
        if (strongest < 0 || score <= 0) return CrisisAssessment.None;
        return new CrisisAssessment(score >= _threshold, Math.Round(score, 4), _rules.FamilyCategories[strongest]);
    }

    // The smallest factor among the contexts around a hit, and the subject: a rule that does not name the writer
    // is about someone else when the nearest subject before it is someone else ("my friend wants to die").
    private double Factor(RuleHit hit, ConceptRule rule, MessageSpans spans, List<string>? named)
    {
        var factor = 1.0;
        // Across a whole message the subject of each part may differ: the subject is judged within a clause only.
        if (!rule.NamesItsSubject && !rule.MessageScope && SubjectIsSomeoneElse(hit, rule, spans))
        {
            factor = _rules.OtherFactor;
            named?.Add(_rules.ConceptNames[_rules.Other]);
        }

        foreach (var context in _rules.Contexts)
        {
            if (!context.AppliesToFamily[rule.Family] || context.Factor >= factor || spans.Has(context.Unless)) continue;
            foreach (var index in spans.Of(context.Concept))
            {
                var span = spans.All[index];
                // A context inside the rule's own words says nothing about it; one reaching past them does.
                if (IsInsideRule(span, hit, rule, spans.All)) continue;
                if (!context.MessageScope && span.Clause != hit.Clause) continue;
                // "not joking", "not even joking": a negated context says the opposite. Only from close by, so that
                // "won't have internet for a while" still reads as coming back.
                if (spans.IsNegatedNear(span.Start)) continue;
                factor = context.Factor;
                named?.Add(_rules.ConceptNames[context.Concept]);
                break;
            }
        }

        return factor;
    }

    // Inside one of the concept phrases that filled the rule's slots ("die" within "want to die"), not merely between them:
    // "I used to cut" keeps its past.
    private static bool IsInsideRule(PhraseMatch context, RuleHit hit, ConceptRule rule, ReadOnlySpan<PhraseMatch> spans)
    {
        if (context.Start < hit.Start || context.End > hit.End) return false;
        foreach (var span in spans)
        {
            if (span.Start > context.Start) break;
            if (span.End < context.End) continue;
            foreach (var slot in rule.Slots)
            {
                if (Array.IndexOf(slot, span.Entry) >= 0) return true;
            }
        }

        return false;
    }

    // The subject is the self or other span that ends last before the hit: in "does anyone know if..." the asker
    // ("does anyone know", the writer) ends after the "anyone" inside it.
    private bool SubjectIsSomeoneElse(RuleHit hit, ConceptRule rule, MessageSpans spans)
    {
        // A verb that carries the writer ("quiero", "je veux") may be the hit's own first word: it still names the subject.
        var selfEnd = LastEndBefore(hit, spans, spans.Of(_rules.Self), includeStart: true, out var selfInside);
        // An unordered hit with the writer among its words ("my dad keeps a gun ... I know where") is the writer's.
        if (!rule.Ordered && selfInside) return false;
        var otherEnd = LastEndBefore(hit, spans, spans.Of(_rules.Other), includeStart: false, out _);
        return otherEnd > selfEnd;
    }

    private static int LastEndBefore(RuleHit hit, MessageSpans spans, ReadOnlySpan<int> candidates, bool includeStart, out bool inside)
    {
        var last = -1;
        inside = false;
        foreach (var index in candidates)
        {
            var span = spans.All[index];
            if (span.Clause != hit.Clause) continue;
            if (span.Start >= hit.Start && span.End <= hit.End) inside = true;
            var end = span.End <= hit.Start ? span.End : includeStart && span.Start <= hit.Start ? hit.Start : -1;
            if (end > last) last = end;
        }

        return last;
    }

    /// <summary>Collects names for <see cref="Explain"/>; the plain scoring path passes none and allocates nothing.</summary>
    private sealed class Explainer(List<CrisisRuleFired> rules, List<string> concepts)
    {
        public List<string> Contexts { get; } = [];

        public void AddConcepts(ReadOnlySpan<PhraseMatch> spans, string[] names)
        {
            foreach (var span in spans)
            {
                if (span.Entry < names.Length && !concepts.Contains(names[span.Entry])) concepts.Add(names[span.Entry]);
            }
        }

        public void AddRule(ConceptRule rule, string family, double factor, bool negated) =>
            rules.Add(new CrisisRuleFired(rule.Name, family, rule.Weight, factor, negated, [.. Contexts.Distinct()]));
    }
}
