namespace PainPalBot.Modules.Crisis;

/// <summary>
/// Finds every rule that a message's concept spans satisfy. Ordered rules are grown slot by slot from each span
/// that can start them; unordered rules need one unnegated span per slot in the clause or the message.
/// </summary>
internal ref struct RuleMatcher(
    CompiledRules rules,
    ReadOnlySpan<PhraseMatch> spans,
    ReadOnlySpan<int> firstSpan,
    ReadOnlySpan<int> blocked,
    ReadOnlySpan<int> clauses,
    ReadOnlySpan<int> segments,
    Span<RuleHit> buffer)
{
    private readonly CompiledRules _rules = rules;
    private readonly ReadOnlySpan<PhraseMatch> _spans = spans;
    private readonly ReadOnlySpan<int> _firstSpan = firstSpan;
    private readonly ReadOnlySpan<int> _blocked = blocked;
    private readonly ReadOnlySpan<int> _clauses = clauses;
    private readonly ReadOnlySpan<int> _segments = segments;
    private readonly Span<RuleHit> _buffer = buffer;
    private int _count;

    // Bounds the depth-first search of one unordered rule; far more than any real message needs.
    private const int MaxSlotTries = 256;

    /// <summary>All hits, at most the buffer's size (by then the verdict is long settled).</summary>
    public ReadOnlySpan<RuleHit> FindHits()
    {
        for (var i = 0; i < _spans.Length; i++)
        {
            var span = _spans[i];
            foreach (var rule in _rules.OrderedByFirst[span.Entry])
                Grow(rule, 1, span.End, span);
        }

        foreach (var rule in _rules.Unordered)
            MatchUnordered(rule);
        return _buffer[.._count];
    }

    private void Grow(ConceptRule rule, int slot, int position, PhraseMatch first)
    {
        if (_count >= _buffer.Length) return;
        if (slot == rule.Slots.Length)
        {
            Add(new RuleHit(rule.Index, first.Start, position, first.Clause, first.Segment));
            return;
        }

        var wanted = rule.Slots[slot];
        if (wanted[0] == ConceptRule.ClauseEnd)
        {
            // "I want to end it." and "I want to end it, I really do": nothing more in the sentence or before the comma.
            if (position >= _segments.Length || _segments[position] != _segments[position - 1])
                Add(new RuleHit(rule.Index, first.Start, position, first.Clause, first.Segment));
            return;
        }

        for (var gap = 0; gap <= rule.Gap; gap++)
        {
            var at = position + gap;
            if (at >= _clauses.Length || _clauses[at] != first.Clause) return;
            if (gap > 0 && _blocked[at - 1] != 0) return;
            for (var s = _firstSpan[at]; s < _spans.Length && _spans[s].Start == at; s++)
            {
                if (Array.IndexOf(wanted, _spans[s].Entry) >= 0)
                    Grow(rule, slot + 1, _spans[s].End, first);
            }
        }
    }

    private void MatchUnordered(ConceptRule rule)
    {
        Span<int> chosen = stackalloc int[rule.Slots.Length];
        if (rule.MessageScope)
        {
            if (FillSlots(rule, -1, chosen) is { } hit) Add(hit);
            return;
        }

        // Clause-scoped rules are tried in the clause of each span that can fill their first slot.
        var lastClause = -1;
        foreach (var candidate in _spans)
        {
            if (candidate.Clause == lastClause || Array.IndexOf(rule.Slots[0], candidate.Entry) < 0) continue;
            lastClause = candidate.Clause;
            if (FillSlots(rule, candidate.Clause, chosen) is { } hit) Add(hit);
        }
    }

    // Each slot takes an unnegated span that overlaps none taken for the others: the words of "lethal dose" cannot be both
    // the lethality and the medication. Tried depth first, so "many tablets" can leave "tablets" to another slot.
    private readonly RuleHit? FillSlots(ConceptRule rule, int clause, Span<int> chosen)
    {
        var budget = MaxSlotTries;
        if (!Fill(rule, clause, chosen, 0, ref budget)) return null;
        int start = int.MaxValue, end = 0, firstClause = 0, segment = 0;
        foreach (var index in chosen)
        {
            var taken = _spans[index];
            if (taken.Start < start) (start, firstClause, segment) = (taken.Start, taken.Clause, taken.Segment);
            end = Math.Max(end, taken.End);
        }

        return new RuleHit(rule.Index, start, end, firstClause, segment);
    }

    private readonly bool Fill(ConceptRule rule, int clause, Span<int> chosen, int slot, ref int budget)
    {
        if (slot == rule.Slots.Length) return true;
        for (var s = 0; s < _spans.Length && budget > 0; s++)
        {
            var span = _spans[s];
            if ((clause >= 0 && span.Clause != clause) || Array.IndexOf(rule.Slots[slot], span.Entry) < 0) continue;
            if (Overlaps(span, chosen[..slot]) || Negations.IsNegated(_rules, span.Start, span.Segment, _spans)) continue;
            budget--;
            chosen[slot] = s;
            if (Fill(rule, clause, chosen, slot + 1, ref budget)) return true;
        }

        return false;
    }

    private readonly bool Overlaps(PhraseMatch span, ReadOnlySpan<int> chosen)
    {
        foreach (var index in chosen)
        {
            var other = _spans[index];
            if (span.Start < other.End && other.Start < span.End) return true;
        }

        return false;
    }

    private void Add(RuleHit hit)
    {
        if (_count < _buffer.Length) _buffer[_count++] = hit;
    }
}
