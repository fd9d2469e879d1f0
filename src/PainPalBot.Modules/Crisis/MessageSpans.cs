namespace PainPalBot.Modules.Crisis;

/// <summary>
/// One message's concept spans with the lookups the rules need, built once per message so that no rule scans every
/// span: the spans starting at a token, the spans of a concept, and whether a negation reaches a token.
/// </summary>
internal readonly ref struct MessageSpans
{
    private readonly ReadOnlySpan<int> _firstAt;
    private readonly ReadOnlySpan<int> _byConcept;
    private readonly ReadOnlySpan<int> _offsets;
    private readonly ReadOnlySpan<byte> _negated;
    private readonly ReadOnlySpan<byte> _negatedNear;

    /// <summary>Indexes <paramref name="spans"/> (ordered by start token) into the buffers given, which it fills.</summary>
    public MessageSpans(
        CompiledRules rules,
        ReadOnlySpan<PhraseMatch> spans,
        ReadOnlySpan<int> clauses,
        ReadOnlySpan<int> segments,
        Span<int> firstAt,
        Span<int> blocked,
        Span<int> byConcept,
        Span<int> offsets,
        Span<byte> negated,
        Span<byte> negatedNear,
        int nearReach)
    {
        var count = clauses.Length;
        var next = 0;
        for (var t = 0; t <= count; t++)
        {
            while (next < spans.Length && spans[next].Start < t) next++;
            firstAt[t] = next;
        }

        // Spans grouped by concept: a counting sort over concept ids.
        offsets.Clear();
        foreach (var span in spans) offsets[span.Entry + 1]++;
        for (var c = 1; c < offsets.Length; c++) offsets[c] += offsets[c - 1];
        Span<int> fill = offsets.Length <= 512 ? stackalloc int[offsets.Length] : new int[offsets.Length];
        offsets.CopyTo(fill);
        for (var i = 0; i < spans.Length; i++) byConcept[fill[spans[i].Entry]++] = i;

        // A token inside a span of a blocking concept may not be skipped between two parts of a rule. Shadowing does
        // not apply here: "want to not exist" must not reach "exist" across the "not".
        blocked.Clear();
        negated.Clear();
        negatedNear.Clear();
        foreach (var span in spans)
        {
            if (rules.IsBlocker[span.Entry])
            {
                for (var t = span.Start; t < span.End; t++) blocked[t] = 1;
            }

            if (span.Entry != rules.Negation || IsShadowed(span, spans, firstAt)) continue;
            for (var t = span.End; t < count && t - span.End <= rules.NegationReach && segments[t] == span.Segment; t++)
            {
                negated[t] = 1;
                if (t - span.End <= nearReach) negatedNear[t] = 1;
            }
        }

        All = spans;
        Clauses = clauses;
        Segments = segments;
        Blocked = blocked;
        _firstAt = firstAt;
        _byConcept = byConcept[..spans.Length];
        _offsets = offsets;
        _negated = negated;
        _negatedNear = negatedNear;
    }

    /// <summary>Every span, ordered by start token.</summary>
    public ReadOnlySpan<PhraseMatch> All { get; }

    /// <summary>The clause of each token.</summary>
    public ReadOnlySpan<int> Clauses { get; }

    /// <summary>The comma-separated segment of each token.</summary>
    public ReadOnlySpan<int> Segments { get; }

    /// <summary>Per token: 1 when it lies in a span of a blocking concept.</summary>
    public ReadOnlySpan<int> Blocked { get; }

    /// <summary>Indexes into <see cref="All"/> of the spans starting at <paramref name="token"/>.</summary>
    public Range StartingAt(int token) => _firstAt[token].._firstAt[token + 1];

    /// <summary>Indexes into <see cref="All"/> of the spans of one concept, in start order.</summary>
    public ReadOnlySpan<int> Of(int concept) => _byConcept[_offsets[concept].._offsets[concept + 1]];

    /// <summary>Whether any span of the concept is in the message.</summary>
    public bool Has(int concept) => concept >= 0 && _offsets[concept + 1] > _offsets[concept];

    /// <summary>A negation ends at most the rules' reach before <paramref name="token"/>, in its segment.</summary>
    public bool IsNegated(int token) => _negated[token] != 0;

    /// <summary>As <see cref="IsNegated"/>, from close by only: what negates a context ("not [even] joking").</summary>
    public bool IsNegatedNear(int token) => _negatedNear[token] != 0;

    // "no" in "no one" or "no longer" is not a negation: a longer concept starting on the same word wins.
    private static bool IsShadowed(PhraseMatch negation, ReadOnlySpan<PhraseMatch> spans, ReadOnlySpan<int> firstAt)
    {
        foreach (var other in spans[firstAt[negation.Start]..firstAt[negation.Start + 1]])
        {
            if (other.End > negation.End && other.Entry != negation.Entry) return true;
        }

        return false;
    }
}
