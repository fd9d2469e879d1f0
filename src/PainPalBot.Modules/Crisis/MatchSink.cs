namespace PainPalBot.Modules.Crisis;

/// <summary>Collects matches into a caller's buffer; matches past its size are dropped (enough is already known by then).</summary>
internal ref struct MatchSink(Span<PhraseMatch> buffer)
{
    private readonly Span<PhraseMatch> _buffer = buffer;

    /// <summary>How many matches were kept.</summary>
    public int Count { get; private set; }

    /// <summary>The kept matches.</summary>
    public readonly ReadOnlySpan<PhraseMatch> Matches => _buffer[..Count];

    /// <summary>Keeps a match if there is room.</summary>
    public void Add(PhraseMatch match)
    {
        if (Count < _buffer.Length) _buffer[Count++] = match;
    }
}
