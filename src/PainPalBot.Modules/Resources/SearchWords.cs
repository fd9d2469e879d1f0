using System.Text;
using PainPalBot.Modules.Text;

namespace PainPalBot.Modules.Resources;

/// <summary>Splits titles, tags and queries into comparable words: lower case, no accents, common words dropped.</summary>
internal static class SearchWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "the", "of", "for", "to", "in", "on", "with", "my", "how", "about", "what", "is", "at", "or", "your", "you", "i",
    };

    public static string[] Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (Diacritics.IsMark(c) || c is '\'' or '\u2019') continue;
            if (char.IsLetterOrDigit(c))
            {
                Diacritics.AppendPlain(current, c);
                continue;
            }

            Flush();
        }

        Flush();
        return [.. words];

        void Flush()
        {
            if (current.Length == 0) return;
            var word = current.ToString();
            current.Clear();
            if (!StopWords.Contains(word)) words.Add(word);
        }
    }

    /// <summary>Edit distance with adjacent swaps, giving up (returning max + 1) once it must exceed <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max) return max + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    /// <summary>How many typos a word of this length may carry and still match.</summary>
    public static int Tolerance(string word) => word.Length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };
}
