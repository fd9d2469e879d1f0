namespace PainPalBot.Modules.Crisis;

/// <summary>
/// Every phrase of every language in one token trie, so a message is scanned once from each token
/// with dictionary steps, not with a regular expression per phrase.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Dictionary<string, int> _vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<long, int> _edges;
    private readonly int[] _wildcard;
    private readonly int[][] _terminals;

    private PhraseTrie(Dictionary<string, int> vocabulary, Dictionary<long, int> edges, int[] wildcard, int[][] terminals)
    {
        _vocabulary = vocabulary;
        _lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _edges = edges;
        _wildcard = wildcard;
        _terminals = terminals;
    }

    /// <summary>How many distinct words the phrases use.</summary>
    public int VocabularySize => _vocabulary.Count;

    /// <summary>Builds the trie from token sequences, each ending in the entry index it stands for.</summary>
    public static PhraseTrie Build(IEnumerable<(string[] Tokens, int Entry)> phrases)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var edges = new Dictionary<long, int>();
        var wildcard = new List<int> { -1 };
        var terminals = new List<List<int>?> { null };

        foreach (var (tokens, entry) in phrases)
        {
            var node = 0;
            foreach (var token in tokens)
            {
                if (token == PhrasePattern.Wildcard)
                {
                    if (wildcard[node] < 0) wildcard[node] = NewNode(wildcard, terminals);
                    node = wildcard[node];
                    continue;
                }

                if (!vocabulary.TryGetValue(token, out var id)) vocabulary[token] = id = vocabulary.Count;
                var key = Key(node, id);
                if (!edges.TryGetValue(key, out var child)) edges[key] = child = NewNode(wildcard, terminals);
                node = child;
            }

            var list = terminals[node] ??= [];
            if (!list.Contains(entry)) list.Add(entry);
        }

        return new PhraseTrie(vocabulary, edges, [.. wildcard], terminals.Select(t => t?.ToArray() ?? []).ToArray());
    }

    /// <summary>The id of a folded word, or -1 when no phrase uses it.</summary>
    public int IdOf(ReadOnlySpan<char> token) => _lookup.TryGetValue(token, out var id) ? id : -1;

    /// <summary>Adds every phrase that starts at <paramref name="start"/> to <paramref name="sink"/>.</summary>
    public void MatchAt(ReadOnlySpan<int> ids, ReadOnlySpan<int> clauses, int segment, int start, ref MatchSink sink) =>
        Walk(0, ids, clauses[start], segment, start, start, ref sink);

    private void Walk(int node, ReadOnlySpan<int> ids, int clause, int segment, int start, int position, ref MatchSink sink)
    {
        foreach (var entry in _terminals[node]) sink.Add(new PhraseMatch(entry, start, position, clause, segment));
        if (position >= ids.Length) return;
        var id = ids[position];
        if (id >= 0 && _edges.TryGetValue(Key(node, id), out var child)) Walk(child, ids, clause, segment, start, position + 1, ref sink);
        var wild = _wildcard[node];
        if (wild >= 0) Walk(wild, ids, clause, segment, start, position + 1, ref sink);
    }

    private static int NewNode(List<int> wildcard, List<List<int>?> terminals)
    {
        wildcard.Add(-1);
        terminals.Add(null);
        return wildcard.Count - 1;
    }

    private static long Key(int node, int id) => ((long)node << 32) | (uint)id;
}
