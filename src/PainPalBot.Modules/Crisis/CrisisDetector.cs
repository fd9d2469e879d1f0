using System.Buffers;
using System.Text.Json;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// Scores a message for suicide and self-harm language in English, Spanish, French and German, from phrase files
/// compiled once at start into one trie. Thread-safe and allocation-free per call for ordinary messages.
/// It keeps no text: the <see cref="CrisisAssessment"/> it returns says how worrying a message is, never what matched.
/// </summary>
public sealed class CrisisDetector
{
    /// <summary>Longest prefix of a message that is read (Discord allows 4,000 characters).</summary>
    public const int MaxCharacters = 4000;

    // Negation reaches over at most this many words: "not going to [kill myself]", "never ever [hurt myself]".
    private const int NegationReach = 2;
    private const int StackTokens = 256;
    private const int StackMatches = 128;

    private readonly PhraseTrie _trie;
    private readonly PhraseEntry[] _entries;
    private readonly bool[] _clauseBreakIds;
    private readonly double _threshold;

    private CrisisDetector(PhraseTrie trie, PhraseEntry[] entries, bool[] clauseBreakIds, double threshold, IReadOnlyList<string> languages, int phraseCount)
    {
        _trie = trie;
        _entries = entries;
        _clauseBreakIds = clauseBreakIds;
        _threshold = threshold;
        Languages = languages;
        PhraseCount = phraseCount;
    }

    /// <summary>Languages loaded (ISO 639-1), for a start-up log line.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>How many concrete phrases the patterns expanded to.</summary>
    public int PhraseCount { get; }

    /// <summary>Score from which <see cref="CrisisAssessment.IsCrisis"/> is true.</summary>
    public double Threshold => _threshold;

    /// <summary>Loads every <c>*.json</c> phrase file in a folder; throws <see cref="InvalidDataException"/> naming each bad entry.</summary>
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

    /// <summary>Compiles phrase files given as (name, JSON) pairs; throws <see cref="InvalidDataException"/> naming each bad entry.</summary>
    public static CrisisDetector Parse(IEnumerable<(string Name, string Json)> files, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (threshold is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The alert threshold must be above 0 and at most 1.");

        var errors = new List<string>();
        var entries = new List<PhraseEntry>();
        var phrases = new List<(string[] Tokens, int Entry)>();
        var breakWords = new List<string>();
        var languages = new List<string>();

        foreach (var (name, json) in files)
        {
            CrisisPhraseDocument? document;
            try
            {
                document = JsonSerializer.Deserialize(json, CrisisJsonContext.Default.CrisisPhraseDocument);
            }
            catch (JsonException ex)
            {
                errors.Add($"{name} is not valid JSON: {ex.Message}");
                continue;
            }

            if (document is null || string.IsNullOrWhiteSpace(document.Language))
            {
                errors.Add($"{name}: no language");
                continue;
            }

            languages.Add(document.Language.Trim());
            foreach (var (risk, i) in (document.Risk ?? []).Select((r, i) => (r, i)))
            {
                var label = $"{name} risk {i + 1} '{risk?.Pattern}'";
                if (risk?.Weight is not (> 0 and <= 1)) errors.Add($"{label}: weight must be above 0 and at most 1");
                var category = CategoryOf(risk?.Category);
                if (category == CrisisCategory.None) errors.Add($"{label}: category must be \"suicide\" or \"self_harm\"");
                Add(risk?.Pattern, new PhraseEntry(PhraseKind.Risk, risk?.Weight ?? 0, category, false), label);
            }

            foreach (var (negation, i) in (document.Negations ?? []).Select((n, i) => (n, i)))
                Add(negation, new PhraseEntry(PhraseKind.Negation, 0, CrisisCategory.None, false), $"{name} negation {i + 1} '{negation}'");

            foreach (var (context, i) in (document.Contexts ?? []).Select((c, i) => (c, i)))
            {
                var label = $"{name} context {i + 1} '{context?.Pattern}'";
                if (context?.Factor is not (>= 0 and < 1)) errors.Add($"{label}: factor must be from 0 to below 1");
                if (context?.Scope is not (null or "clause" or "message")) errors.Add($"{label}: scope must be \"clause\" or \"message\"");
                var category = CategoryOf(context?.Category);
                if (context?.Category is not null && category == CrisisCategory.None) errors.Add($"{label}: category must be \"suicide\" or \"self_harm\" when set");
                Add(context?.Pattern, new PhraseEntry(PhraseKind.Context, context?.Factor ?? 1, category, context?.Scope == "message"), label);
            }

            foreach (var word in document.ClauseBreaks ?? [])
            {
                var folded = CrisisTextFolder.FoldWords(word ?? "");
                if (folded.Count != 1) errors.Add($"{name} clause break '{word}': must be one word");
                else breakWords.Add(folded[0]);
            }
        }

        if (!entries.Any(e => e.Kind == PhraseKind.Risk)) errors.Add("no risk phrases loaded");
        if (errors.Count > 0)
            throw new InvalidDataException($"Crisis phrase files have {errors.Count} problem(s): {string.Join("; ", errors)}.");

        // Clause-break words join the trie's vocabulary so one lookup per token serves both.
        var breakEntry = entries.Count;
        var allPhrases = phrases.Concat(breakWords.Select(w => (new[] { w }, breakEntry))).ToList();
        var trie = PhraseTrie.Build(allPhrases);
        var breakIds = new bool[trie.VocabularySize];
        foreach (var word in breakWords) breakIds[trie.IdOf(word)] = true;
        return new CrisisDetector(trie, [.. entries], breakIds, threshold, languages, phrases.Count);

        void Add(string? pattern, PhraseEntry entry, string label)
        {
            if (string.IsNullOrWhiteSpace(pattern))
            {
                errors.Add($"{label}: empty pattern");
                return;
            }

            try
            {
                var index = entries.Count;
                var expanded = PhrasePattern.Expand(pattern);
                entries.Add(entry);
                phrases.AddRange(expanded.Select(tokens => (tokens, index)));
            }
            catch (FormatException ex)
            {
                errors.Add($"{label}: {ex.Message}");
            }
        }
    }

    private static CrisisCategory CategoryOf(string? category) => category switch
    {
        "suicide" => CrisisCategory.Suicide,
        "self_harm" => CrisisCategory.SelfHarm,
        _ => CrisisCategory.None,
    };

    /// <summary>Scores a message; null or empty text is <see cref="CrisisAssessment.None"/>.</summary>
    public CrisisAssessment Assess(string? text) => text is null ? CrisisAssessment.None : Assess(text.AsSpan());

    /// <summary>Scores a message.</summary>
    public CrisisAssessment Assess(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxCharacters) text = text[..MaxCharacters];
        if (text.IsWhiteSpace()) return CrisisAssessment.None;

        var maxTokens = text.Length / 2 + 2;
        var charLength = text.Length * CrisisTextFolder.MaxExpansion + 8;
        char[]? rentedChars = null;
        FoldedToken[]? rentedTokens = null;
        int[]? rentedInts = null;
        PhraseMatch[]? rentedMatches = null;
        try
        {
            var chars = charLength <= StackTokens * 4 ? stackalloc char[charLength] : (rentedChars = ArrayPool<char>.Shared.Rent(charLength));
            var tokens = maxTokens <= StackTokens ? stackalloc FoldedToken[maxTokens] : (rentedTokens = ArrayPool<FoldedToken>.Shared.Rent(maxTokens));
            var ints = maxTokens <= StackTokens ? stackalloc int[maxTokens * 3] : (rentedInts = ArrayPool<int>.Shared.Rent(maxTokens * 3));

            var count = CrisisTextFolder.Tokenize(text, chars, tokens);
            if (count == 0) return CrisisAssessment.None;
            var ids = ints[..count];
            var clauses = ints.Slice(count, count);
            var segments = ints.Slice(count * 2, count);
            int clause = 0, segment = 0;
            for (var i = 0; i < count; i++)
            {
                var token = tokens[i];
                var id = _trie.IdOf(chars.Slice(token.Start, token.Length));
                ids[i] = id;
                var isBreakWord = id >= 0 && id < _clauseBreakIds.Length && _clauseBreakIds[id];
                if (i > 0 && token.Clause != tokens[i - 1].Clause) clause++;
                if (i > 0 && token.Segment != tokens[i - 1].Segment) segment++;
                if (isBreakWord)
                {
                    clause++;
                    segment++;
                }

                clauses[i] = clause;
                segments[i] = segment;
            }

            // Room for a few matches per token, so risk late in a long message is never crowded out.
            var matchRoom = Math.Max(StackMatches, count * 3);
            var sink = new MatchSink(matchRoom <= StackMatches ? stackalloc PhraseMatch[StackMatches] : (rentedMatches = ArrayPool<PhraseMatch>.Shared.Rent(matchRoom)));
            for (var i = 0; i < count; i++)
            {
                if (ids[i] >= 0) _trie.MatchAt(ids, clauses, segments[i], i, ref sink);
            }

            return Score(sink.Matches);
        }
        finally
        {
            if (rentedChars is not null) ArrayPool<char>.Shared.Return(rentedChars);
            if (rentedTokens is not null) ArrayPool<FoldedToken>.Shared.Return(rentedTokens);
            if (rentedInts is not null) ArrayPool<int>.Shared.Return(rentedInts);
            if (rentedMatches is not null) ArrayPool<PhraseMatch>.Shared.Return(rentedMatches);
        }
    }

    private CrisisAssessment Score(ReadOnlySpan<PhraseMatch> matches)
    {
        var notSuicide = 1.0;
        var notSelfHarm = 1.0;
        foreach (var risk in matches)
        {
            if (risk.Entry >= _entries.Length) continue;
            var entry = _entries[risk.Entry];
            if (entry.Kind != PhraseKind.Risk || IsCovered(risk, entry.Value, matches) || IsNegated(risk, matches)) continue;

            var factor = 1.0;
            foreach (var other in matches)
            {
                if (other.Entry >= _entries.Length) continue;
                var context = _entries[other.Entry];
                if (context.Kind != PhraseKind.Context) continue;
                if (context.Category != CrisisCategory.None && context.Category != entry.Category) continue;
                // A context inside the risk phrase itself says nothing about it; one reaching past it does ("want to die my hair").
                if (other.Start >= risk.Start && other.End <= risk.End) continue;
                // "not joking", "no longer in the past": a negated context says the opposite.
                if (IsNegated(other, matches)) continue;
                if (context.MessageScope || other.Clause == risk.Clause) factor = Math.Min(factor, context.Value);
            }

            var weight = entry.Value * factor;
            if (entry.Category == CrisisCategory.SelfHarm) notSelfHarm *= 1 - weight;
            else notSuicide *= 1 - weight;
        }

        var score = 1 - notSuicide * notSelfHarm;
        if (score <= 0) return CrisisAssessment.None;
        var category = 1 - notSuicide >= 1 - notSelfHarm ? CrisisCategory.Suicide : CrisisCategory.SelfHarm;
        return new CrisisAssessment(score >= _threshold, Math.Round(score, 4), category);
    }

    // "I want to kill myself" matches both "want to kill myself" and "kill myself": count the stronger one once.
    private bool IsCovered(PhraseMatch risk, double weight, ReadOnlySpan<PhraseMatch> matches)
    {
        foreach (var other in matches)
        {
            if (other.Equals(risk) || other.Entry >= _entries.Length) continue;
            var entry = _entries[other.Entry];
            if (entry.Kind != PhraseKind.Risk || other.Start > risk.Start || other.End < risk.End) continue;
            var longer = other.End - other.Start > risk.End - risk.Start;
            if (entry.Value > weight || (entry.Value == weight && longer)) return true;
        }

        return false;
    }

    private bool IsNegated(PhraseMatch phrase, ReadOnlySpan<PhraseMatch> matches)
    {
        foreach (var other in matches)
        {
            if (other.Entry >= _entries.Length || _entries[other.Entry].Kind != PhraseKind.Negation) continue;
            if (other.Segment == phrase.Segment && other.End <= phrase.Start && phrase.Start - other.End <= NegationReach) return true;
        }

        return false;
    }
}
