namespace PainPalBot.Modules.Crisis;

/// <summary>
/// Finds every rule that a message's concept spans satisfy. Ordered rules are grown slot by slot from each span
/// that can start them; unordered rules need one unnegated span per slot in the clause or the message.
/// </summary>
internal ref struct RuleMatcher(CompiledRules rules, MessageSpans spans, Span<RuleHit> buffer)
{
    // Bounds the depth-first search of one unordered rule; far more than any real message needs.
    private const int MaxSlotTries = 256;

    private readonly CompiledRules _rules = rules;
    private readonly MessageSpans _spans = spans;
    private readonly Span<RuleHit> _buffer = buffer;
    private int _count;

    /// <summary>All hits, at most the buffer's size (by then the verdict is long settled).</summary>
    public ReadOnlySpan<RuleHit> FindHits()
    {
        var all = _spans.All;
        for (var i = 0; i < all.Length && _count < _buffer.Length; i++)
        {
            var span = all[i];
            foreach (var rule in _rules.OrderedByFirst[span.Entry])
                Grow(rule, 1, span.End, span);
        }

        foreach (var rule in _rules.Unordered)
        {
            if (_count >= _buffer.Length) break;
            if (AllSlotsPresent(rule)) MatchUnordered(rule);
        }

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
        var clauses = _spans.Clauses;
        if (wanted[0] == ConceptRule.ClauseEnd)
        {
            // "I want to end it." and "I want to end it, I really do": nothing more in the sentence or before the comma.
            if (position >= clauses.Length || _spans.Segments[position] != _spans.Segments[position - 1])
                Add(new RuleHit(rule.Index, first.Start, position, first.Clause, first.Segment));
            return;
        }

        for (var gap = 0; gap <= rule.Gap; gap++)
        {
            var at = position + gap;
            if (at >= clauses.Length || clauses[at] != first.Clause) return;
            if (gap > 0 && _spans.Blocked[at - 1] != 0) return;
            var (start, end) = _spans.StartingAt(at).GetOffsetAndLength(_spans.All.Length);
            for (var s = start; s < start + end; s++)
            {
                var span = _spans.All[s];
                if (Array.IndexOf(wanted, span.Entry) >= 0)
                    Grow(rule, slot + 1, span.End, first);
            }
        }
    }

    private readonly bool AllSlotsPresent(ConceptRule rule)
    {
        foreach (var slot in rule.Slots)
        {
            var any = false;
            foreach (var concept in slot)
            {
                if (_spans.Has(concept))
                {
                    any = true;
                    break;
                }
            }

            if (!any) return false;
        }

        return true;
    }

    private void MatchUnordered(ConceptRule rule)
    {
        Span<int> chosen = stackalloc int[rule.Slots.Length];
        if (rule.MessageScope)
        {
            if (FillSlots(rule, -1, chosen) is { } hit) Add(hit);
            return;
        }

        // Clause-scoped rules are tried in the clause of each span that can fill their first slot, once per clause.
        Span<int> tried = stackalloc int[16];
        var triedCount = 0;
        foreach (var concept in rule.Slots[0])
        {
            foreach (var index in _spans.Of(concept))
            {
                var clause = _spans.All[index].Clause;
                if (tried[..Math.Min(triedCount, tried.Length)].Contains(clause)) continue;
                if (triedCount < tried.Length) tried[triedCount] = clause;
                triedCount++;
                if (FillSlots(rule, clause, chosen) is { } hit) Add(hit);
                if (_count >= _buffer.Length) return;
            }
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
            var taken = _spans.All[index];
            if (taken.Start < start) (start, firstClause, segment) = (taken.Start, taken.Clause, taken.Segment);
            end = Math.Max(end, taken.End);
        }

        return new RuleHit(rule.Index, start, end, firstClause, segment);
    }

    private readonly bool Fill(ConceptRule rule, int clause, Span<int> chosen, int slot, ref int budget)
    {
        if (slot == rule.Slots.Length) return true;
        foreach (var concept in rule.Slots[slot])
        {
            foreach (var index in _spans.Of(concept))
            {
                if (budget <= 0) return false;
                var span = _spans.All[index];
                if ((clause >= 0 && span.Clause != clause) || Overlaps(span, chosen[..slot]) || _spans.IsNegated(span.Start)) continue;
                budget--;
                chosen[slot] = index;
                if (Fill(rule, clause, chosen, slot + 1, ref budget)) return true;
            }
        }

        return false;
    }

    private readonly bool Overlaps(PhraseMatch span, ReadOnlySpan<int> chosen)
    {
        foreach (var index in chosen)
        {
            var other = _spans.All[index];
            if (span.Start < other.End && other.Start < span.End) return true;
        }

        return false;
    }

    private void Add(RuleHit hit)
    {
        if (_count < _buffer.Length) _buffer[_count++] = hit;
    }
}
