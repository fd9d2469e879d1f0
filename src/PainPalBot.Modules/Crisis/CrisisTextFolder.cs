using System.Globalization;
using PainPalBot.Modules.Text;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// Turns a message into comparable tokens in one pass, without allocating: lower case, no diacritics,
/// apostrophes dropped ("don't" is "dont"), runs of one letter collapsed ("soooo" is "so", "kill" is "kil"),
/// laughing emoji read as "lol", sentence punctuation (not an ellipsis) starting a new clause, and commas, brackets and quotes a new segment (a colon or a dash goes on: "I want it all to stop — the forms") (a negation does not reach past one).
/// Patterns are folded the same way, so spelling with doubled or stretched letters matches either way.
/// </summary>
internal static class CrisisTextFolder
{
    private const char Separator = ' ';
    private const char ClauseBreak = '.';
    private const char SegmentBreak = ',';
    private const char Skip = '\u0001';
    private const char Expand = '\u0002';
    private const int TableSize = 0x250;

    /// <summary>Folded form of U+0000..U+024F: a letter or digit, or one of the markers above.</summary>
    private static readonly char[] Table = BuildTable();

    /// <summary>Characters of folded output per input character, at most (æ becomes "ae"; an emoji pair becomes "lol").</summary>
    public const int MaxExpansion = 2;

    /// <summary>Folds <paramref name="text"/> into <paramref name="chars"/> and <paramref name="tokens"/>; returns the token count (extra tokens are dropped).</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<char> chars, Span<FoldedToken> tokens)
    {
        var charCount = 0;
        var tokenCount = 0;
        var clause = 0;
        var segment = 0;
        var tokenStart = -1;
        var previous = '\0';

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            char folded;
            if (c < TableSize)
            {
                folded = Table[c];
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                i++;
                // Laughing and skull emoji mark a joke as plainly as "lol" does.
                if (codePoint is 0x1F602 or 0x1F923 or 0x1F480 or 0x1F606 or 0x1F639)
                {
                    End(ref tokenStart, ref tokenCount, ref charCount, tokens, clause, segment);
                    if (tokenCount < tokens.Length && charCount + 3 <= chars.Length)
                    {
                        "lol".AsSpan().CopyTo(chars[charCount..]);
                        tokens[tokenCount++] = new FoldedToken(charCount, 3, clause, segment);
                        charCount += 3;
                    }
                }
                else
                {
                    End(ref tokenStart, ref tokenCount, ref charCount, tokens, clause, segment);
                }

                previous = '\0';
                continue;
            }
            else
            {
                folded = FoldWide(c);
            }

            switch (folded)
            {
                case Skip:
                    continue;
                case Separator:
                    End(ref tokenStart, ref tokenCount, ref charCount, tokens, clause, segment);
                    previous = '\0';
                    continue;
                case ClauseBreak:
                    End(ref tokenStart, ref tokenCount, ref charCount, tokens, clause, segment);
                    // A decimal point ("2.5 mg") is not the end of a sentence, and an ellipsis is a pause in it: "ready to
                    // end this... call with my insurer" goes on, and "I want to end it..." still ends where the text does.
                    var isDecimal = c == '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
                    var isEllipsis = c == '.' && ((i + 1 < text.Length && text[i + 1] == '.') || (i > 0 && text[i - 1] == '.'));
                    if (!isDecimal && !isEllipsis)
                    {
                        clause++;
                        segment++;
                    }

                    previous = '\0';
                    continue;
                case SegmentBreak:
                    End(ref tokenStart, ref tokenCount, ref charCount, tokens, clause, segment);
                    segment++;
                    previous = '\0';
                    continue;
                case Expand:
                    // æ and œ: write the first letter here, the second below.
                    Append(c is 'æ' or 'Æ' ? 'a' : 'o', chars, ref charCount, ref tokenStart, ref previous);
                    folded = 'e';
                    break;
            }

            Append(folded, chars, ref charCount, ref tokenStart, ref previous);
        }

        End(ref tokenStart, ref tokenCount, ref charCount, tokens, clause, segment);
        return tokenCount;
    }

    /// <summary>Folds a pattern word (or a name) to its token strings, the same way messages are folded.</summary>
    public static List<string> FoldWords(string text)
    {
        var chars = new char[text.Length * MaxExpansion + 8];
        var tokens = new FoldedToken[text.Length + 1];
        var count = Tokenize(text, chars, tokens);
        var words = new List<string>(count);
        for (var i = 0; i < count; i++) words.Add(new string(chars, tokens[i].Start, tokens[i].Length));
        return words;
    }

    private static void Append(char folded, Span<char> chars, ref int charCount, ref int tokenStart, ref char previous)
    {
        // Stretched and doubled letters collapse, so "soooo", "killl" and "kil" all read alike; digits stay ("988").
        if (folded == previous && char.IsLetter(folded)) return;
        if (charCount >= chars.Length) return;
        if (tokenStart < 0) tokenStart = charCount;
        chars[charCount++] = folded;
        previous = folded;
    }

    private static void End(ref int tokenStart, ref int tokenCount, ref int charCount, Span<FoldedToken> tokens, int clause, int segment)
    {
        if (tokenStart < 0) return;
        if (tokenCount < tokens.Length) tokens[tokenCount++] = new FoldedToken(tokenStart, charCount - tokenStart, clause, segment);
        else charCount = tokenStart;
        tokenStart = -1;
    }

    private static char FoldWide(char c)
    {
        if (c is '\u2019' or '\u2018' or '\u02BC' or '\u2032') return Skip;
        if (c is '\u3002' or '\uFF01' or '\uFF1F' or '\u2028' or '\u2029') return ClauseBreak;
        if (c is '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\uFF0C' or '\u3001') return SegmentBreak;
        if (c == '\u2026' || char.IsSurrogate(c)) return Separator;
        if (char.IsLetterOrDigit(c)) return char.ToLowerInvariant(c);
        if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) return Skip;
        return Separator;
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                '\'' or '`' or '\u00B4' or '\u00AD' => Skip,
                '.' or '!' or '?' or ';' or '\n' or '\r' or '\u00A1' or '\u00BF' => ClauseBreak,
                ',' or '(' or ')' or '"' or '\u00AB' or '\u00BB' => SegmentBreak,
                'ß' => 's',
                'æ' or 'Æ' or 'œ' or 'Œ' => Expand,
                'ø' or 'Ø' => 'o',
                'đ' or 'Đ' => 'd',
                'ł' or 'Ł' => 'l',
                'ı' => 'i',
                _ when char.IsLetterOrDigit(c) => char.ToLowerInvariant(Diacritics.BaseLetter(c)),
                _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark => Skip,
                _ => Separator,
            };
        }

        return table;
    }
}
