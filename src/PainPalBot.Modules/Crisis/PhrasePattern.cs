namespace PainPalBot.Modules.Crisis;

/// <summary>
/// Expands a phrase pattern into the token sequences it stands for. Syntax: words separated by spaces;
/// <c>(a|b c)</c> one of the alternatives; <c>[a|b]</c> optionally one of them; <c>*</c> any one word.
/// Example: <c>i [really|just] (want|wanna) to die</c>.
/// </summary>
internal static class PhrasePattern
{
    /// <summary>Wildcard token in an expansion.</summary>
    public const string Wildcard = "*";

    private const int MaxExpansions = 4096;

    /// <summary>All token sequences the pattern matches; throws <see cref="FormatException"/> on bad syntax.</summary>
    public static List<string[]> Expand(string pattern) => Expand(pattern, CrisisTextFolder.FoldWords);

    /// <summary>
    /// All token sequences the pattern matches, each written word turned into tokens by <paramref name="words"/>
    /// (folding for phrases; as written for the concept names in rules); throws <see cref="FormatException"/> on bad syntax.
    /// </summary>
    public static List<string[]> Expand(string pattern, Func<string, List<string>> words)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(words);
        var position = 0;
        var result = ParseAlternatives(pattern, words, ref position, closing: '\0');
        if (position < pattern.Length) throw new FormatException($"unexpected '{pattern[position]}' at {position}");
        var sequences = result.Where(s => s.Count > 0).SelectMany(WithContractions).Distinct(SequenceComparer.Instance).ToList();
        if (sequences.Count == 0) throw new FormatException("pattern is empty");
        if (sequences.Any(s => s[0] == Wildcard || s[^1] == Wildcard)) throw new FormatException("a pattern cannot start or end with a wildcard");
        return sequences;
    }

    // "wanna die", "gonna kill": a pattern written "wanna to" also matches without the "to" (words here are folded).
    private static readonly HashSet<string> Contractions = new(StringComparer.Ordinal) { "wana", "gona", "tryna", "hafta", "gota" };

    private static IEnumerable<string[]> WithContractions(List<string> sequence)
    {
        yield return [.. sequence];
        var index = sequence.FindIndex(t => Contractions.Contains(t));
        if (index >= 0 && index + 1 < sequence.Count && sequence[index + 1] == "to")
        {
            var shorter = new List<string>(sequence);
            shorter.RemoveAt(index + 1);
            yield return [.. shorter];
        }
    }

    private static List<List<string>> ParseAlternatives(string pattern, Func<string, List<string>> words, ref int position, char closing)
    {
        var all = new List<List<string>>();
        while (true)
        {
            all.AddRange(ParseSequence(pattern, words, ref position));
            if (position < pattern.Length && pattern[position] == '|')
            {
                position++;
                continue;
            }

            if (closing != '\0')
            {
                if (position >= pattern.Length || pattern[position] != closing) throw new FormatException($"missing '{closing}'");
                position++;
            }

            return all;
        }
    }

    private static List<List<string>> ParseSequence(string pattern, Func<string, List<string>> words, ref int position)
    {
        var current = new List<List<string>> { new() };
        while (position < pattern.Length)
        {
            var c = pattern[position];
            if (c is '|' or ')' or ']') break;
            if (char.IsWhiteSpace(c))
            {
                position++;
                continue;
            }

            List<List<string>> options;
            if (c is '(' or '[')
            {
                position++;
                options = ParseAlternatives(pattern, words, ref position, c == '(' ? ')' : ']');
                if (c == '[') options.Add([]);
            }
            else if (c == '*')
            {
                position++;
                options = [[Wildcard]];
            }
            else
            {
                var start = position;
                while (position < pattern.Length && !char.IsWhiteSpace(pattern[position]) && pattern[position] is not ('(' or ')' or '[' or ']' or '|' or '*'))
                    position++;
                options = [words(pattern[start..position])];
            }

            var next = new List<List<string>>(current.Count * options.Count);
            foreach (var prefix in current)
            foreach (var option in options)
                next.Add([.. prefix, .. option]);
            if (next.Count > MaxExpansions) throw new FormatException($"pattern expands to more than {MaxExpansions} phrases");
            current = next;
        }

        return current;
    }

    private sealed class SequenceComparer : IEqualityComparer<string[]>
    {
        public static readonly SequenceComparer Instance = new();

        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(string[] obj)
        {
            var hash = new HashCode();
            foreach (var s in obj) hash.Add(s);
            return hash.ToHashCode();
        }
    }
}
