using System.Buffers;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// Scores a message for suicide and self-harm language in English, Spanish, French and German. Words are first
/// recognised as concepts (the writer, death, ending, disappearing, desire, intent, a time frame, a means, an act
/// already done, goodbye...), one language file each; language-independent rules then compose concepts the way
/// people combine them, and contexts (someone else, the past, a game, a joke that says it is one) take risk away.
/// Compiled once at start; thread-safe and allocation-free per call for ordinary messages. It keeps no text: the
/// <see cref="CrisisAssessment"/> says how worrying a message is, never what matched.
/// </summary>
public sealed partial class CrisisDetector
{
    /// <summary>Longest prefix of a message that is read (Discord allows 4,000 characters).</summary>
    public const int MaxCharacters = 4000;

    private const int StackTokens = 256;
    private const int StackSpans = 256;
    private const int MaxHits = 128;

    private readonly CompiledRules _rules;
    private readonly double _threshold;

    private CrisisDetector(CompiledRules rules, double threshold, IReadOnlyList<string> languages)
    {
        _rules = rules;
        _threshold = threshold;
        Languages = languages;
    }

    /// <summary>Languages loaded (ISO 639-1), for a start-up log line.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>How many concrete words and phrases the concept files expanded to.</summary>
    public int PhraseCount => _rules.PhraseCount;

    /// <summary>How many composition rules were compiled.</summary>
    public int RuleCount => _rules.RuleCount;

    /// <summary>Score from which <see cref="CrisisAssessment.IsCrisis"/> is true.</summary>
    public double Threshold => _threshold;

    /// <summary>
    /// Loads a folder of concept files (one <c>&lt;language&gt;.json</c> each) and its <c>rules.json</c>;
    /// throws <see cref="InvalidDataException"/> naming each bad entry.
    /// </summary>
    public static CrisisDetector Load(string directory, double threshold = 0.5)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
            throw new InvalidDataException($"Crisis phrase folder not found: {directory}. Set Crisis:DataDirectory or copy config/crisis-phrases next to the binary.");
        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
        if (files.Count == 0) throw new InvalidDataException($"No crisis phrase files (*.json) in {directory}.");
        return Parse(files, threshold);
    }

    /// <summary>
    /// Compiles concept files and the rule file (named <c>rules.json</c>) given as (name, JSON) pairs;
    /// throws <see cref="InvalidDataException"/> naming each bad entry.
    /// </summary>
    public static CrisisDetector Parse(IEnumerable<(string Name, string Json)> files, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (threshold is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The alert threshold must be above 0 and at most 1.");
        var (rules, languages) = CrisisRulesCompiler.Compile(files);
        return new CrisisDetector(rules, threshold, languages);
    }

    /// <summary>Scores a message; null or empty text is <see cref="CrisisAssessment.None"/>.</summary>
    public CrisisAssessment Assess(string? text) => text is null ? CrisisAssessment.None : Evaluate(text.AsSpan(), null);

    /// <summary>Scores a message.</summary>
    public CrisisAssessment Assess(ReadOnlySpan<char> text) => Evaluate(text, null);

    /// <summary>
    /// Scores a message and says which concepts and rules fired (names only, never the text), in the language that
    /// scored highest.
    /// </summary>
    public CrisisExplanation Explain(string? text)
    {
        var best = new CrisisExplanation(CrisisAssessment.None, [], []);
        if (text is null) return best;
        Span<bool> read = stackalloc bool[_rules.Lexicons.Length];
        ChooseLanguages(text, read);
        for (var l = 0; l < _rules.Lexicons.Length; l++)
        {
            if (!read[l]) continue;
            var lexicon = _rules.Lexicons[l];
            var rules = new List<CrisisRuleFired>();
            var concepts = new List<string>();
            var assessment = Evaluate(text.AsSpan(), lexicon, new Explainer(rules, concepts));
            // The highest score; with none, the language that recognised the most (so a quiet reading is explained too).
            if (assessment.Score > best.Assessment.Score || (assessment.Score == best.Assessment.Score && concepts.Count > best.Concepts.Count))
                best = new CrisisExplanation(assessment, concepts, rules) { Language = lexicon.Language };
        }

        return best;
    }

    // Each language the message may be in is read on its own, and the most worrying reading counts.
    private CrisisAssessment Evaluate(ReadOnlySpan<char> text, Explainer? explain)
    {
        Span<bool> read = stackalloc bool[_rules.Lexicons.Length];
        ChooseLanguages(text, read);
        var best = CrisisAssessment.None;
        for (var l = 0; l < _rules.Lexicons.Length; l++)
        {
            if (!read[l]) continue;
            var assessment = Evaluate(text, _rules.Lexicons[l], explain);
            if (assessment.Score > best.Score) best = assessment;
        }

        return best;
    }

    // Which languages to read a message in, by their function words ("the", "que", "ich"): every language with at least
    // half the markers of the best one, so "I was suicidal years ago" is not also read as German ("i" is Bavarian "ich")
    // and a message mixing two languages is read in both. With no marker at all ("kms", "adios"), every language.
    private void ChooseLanguages(ReadOnlySpan<char> text, Span<bool> read)
    {
        if (text.Length > MaxCharacters) text = text[..MaxCharacters];
        var lexicons = _rules.Lexicons;
        Span<int> counts = stackalloc int[lexicons.Length];
        var charLength = text.Length * CrisisTextFolder.MaxExpansion + 8;
        var maxTokens = text.Length / 2 + 2;
        char[]? rentedChars = null;
        FoldedToken[]? rentedTokens = null;
        try
        {
            var chars = charLength <= StackTokens * 4 ? stackalloc char[charLength] : (rentedChars = ArrayPool<char>.Shared.Rent(charLength));
            var tokens = maxTokens <= StackTokens ? stackalloc FoldedToken[maxTokens] : (rentedTokens = ArrayPool<FoldedToken>.Shared.Rent(maxTokens));
            var count = CrisisTextFolder.Tokenize(text, chars, tokens);
            for (var t = 0; t < count; t++)
            {
                var word = chars.Slice(tokens[t].Start, tokens[t].Length);
                for (var l = 0; l < lexicons.Length; l++)
                {
                    if (lexicons[l].MarkerLookup.Contains(word)) counts[l]++;
                }
            }
        }
        finally
        {
            if (rentedChars is not null) ArrayPool<char>.Shared.Return(rentedChars);
            if (rentedTokens is not null) ArrayPool<FoldedToken>.Shared.Return(rentedTokens);
        }

        var most = 0;
        foreach (var c in counts) most = Math.Max(most, c);
        for (var l = 0; l < lexicons.Length; l++) read[l] = most == 0 || counts[l] * 2 >= most;
    }

    private CrisisAssessment Evaluate(ReadOnlySpan<char> text, LanguageLexicon lexicon, Explainer? explain)
    {
        if (text.Length > MaxCharacters) text = text[..MaxCharacters];
        if (text.IsWhiteSpace()) return CrisisAssessment.None;

        var maxTokens = text.Length / 2 + 2;
        var charLength = text.Length * CrisisTextFolder.MaxExpansion + 8;
        char[]? rentedChars = null;
        FoldedToken[]? rentedTokens = null;
        int[]? rentedInts = null;
        PhraseMatch[]? rentedSpans = null;
        int[]? rentedIndex = null;
        byte[]? rentedFlags = null;
        try
        {
            var chars = charLength <= StackTokens * 4 ? stackalloc char[charLength] : (rentedChars = ArrayPool<char>.Shared.Rent(charLength));
            var tokens = maxTokens <= StackTokens ? stackalloc FoldedToken[maxTokens] : (rentedTokens = ArrayPool<FoldedToken>.Shared.Rent(maxTokens));
            var ints = maxTokens <= StackTokens ? stackalloc int[(maxTokens + 1) * 5] : (rentedInts = ArrayPool<int>.Shared.Rent((maxTokens + 1) * 5));

            var count = CrisisTextFolder.Tokenize(text, chars, tokens);
            if (count == 0) return CrisisAssessment.None;
            var ids = ints[..count];
            var clauses = ints.Slice(count, count);
            var segments = ints.Slice(count * 2, count);
            var firstSpan = ints.Slice(count * 3, count + 1);
            var blocked = ints.Slice(count * 4 + 1, count);
            Fold(lexicon, tokens[..count], chars, ids, clauses, segments);

            // Room for a few concepts per token, so risk late in a long message is never crowded out.
            var spanRoom = Math.Max(StackSpans, count * 4);
            var sink = new MatchSink(spanRoom <= StackSpans ? stackalloc PhraseMatch[StackSpans] : (rentedSpans = ArrayPool<PhraseMatch>.Shared.Rent(spanRoom)));
            for (var i = 0; i < count; i++)
            {
                if (ids[i] >= 0) lexicon.Trie.MatchAt(ids, clauses, segments[i], i, ref sink);
            }

            var found = sink.Matches;
            var byConcept = found.Length <= StackSpans ? stackalloc int[StackSpans] : (rentedIndex = ArrayPool<int>.Shared.Rent(found.Length));
            Span<int> offsets = stackalloc int[_rules.ConceptNames.Length + 1];
            var flags = count <= StackTokens ? stackalloc byte[count * 2] : (rentedFlags = ArrayPool<byte>.Shared.Rent(count * 2));
            var spans = new MessageSpans(_rules, found, clauses, segments, firstSpan, blocked, byConcept, offsets,
                flags[..count], flags.Slice(count, count), ContextNegationReach);
            explain?.AddConcepts(found, _rules.ConceptNames);

            Span<RuleHit> hitBuffer = stackalloc RuleHit[MaxHits];
            var matcher = new RuleMatcher(_rules, spans, hitBuffer);
            return Score(matcher.FindHits(), spans, explain);
        }
        finally
        {
            if (rentedChars is not null) ArrayPool<char>.Shared.Return(rentedChars);
            if (rentedTokens is not null) ArrayPool<FoldedToken>.Shared.Return(rentedTokens);
            if (rentedInts is not null) ArrayPool<int>.Shared.Return(rentedInts);
            if (rentedSpans is not null) ArrayPool<PhraseMatch>.Shared.Return(rentedSpans);
            if (rentedIndex is not null) ArrayPool<int>.Shared.Return(rentedIndex);
            if (rentedFlags is not null) ArrayPool<byte>.Shared.Return(rentedFlags);
        }
    }

    // Word ids, and the clause and segment of every token (a clause-break word such as "but" starts both anew).
    private static void Fold(LanguageLexicon lexicon, ReadOnlySpan<FoldedToken> tokens, ReadOnlySpan<char> chars, Span<int> ids, Span<int> clauses, Span<int> segments)
    {
        int clause = 0, segment = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var id = lexicon.Trie.IdOf(chars.Slice(token.Start, token.Length));
            ids[i] = id;
            if (i > 0 && token.Clause != tokens[i - 1].Clause) clause++;
            if (i > 0 && token.Segment != tokens[i - 1].Segment) segment++;
            if (id >= 0 && id < lexicon.ClauseBreakIds.Length && lexicon.ClauseBreakIds[id])
            {
                clause++;
                segment++;
            }

            clauses[i] = clause;
            segments[i] = segment;
        }
    }
}
