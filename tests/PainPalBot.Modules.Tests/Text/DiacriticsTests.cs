using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using PainPalBot.Modules.Text;

namespace PainPalBot.Modules.Tests.Text;

/// <summary>
/// The diacritics table against ICU: this test project runs with ICU, so string.Normalize here really decomposes,
/// and the table must give what it gives. The bot itself runs without ICU, where Normalize decomposes nothing.
/// </summary>
public sealed class DiacriticsTests
{
    private static readonly (int First, int Last)[] Covered = [(0x00C0, 0x024F), (0x0370, 0x04FF), (0x1E00, 0x1FFF), (0x2126, 0x2126), (0x212A, 0x212B)];

    [Fact]
    public void Every_covered_character_has_the_base_letter_ICU_decomposes_it_to()
    {
        var wrong = new List<string>();
        foreach (var c in CoveredCharacters())
        {
            var expected = IcuBaseLetter(c) ?? c;
            var actual = Diacritics.BaseLetter(c);
            if (actual != expected) wrong.Add($"U+{(int)c:X4} gives U+{(int)actual:X4}, ICU U+{(int)expected:X4}");
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void A_covered_character_is_a_letter_or_a_mark_exactly_when_its_decomposition_starts_with_one()
    {
        // Call sites now ask this of the character as typed, where they used to ask it of its decomposition.
        var wrong = new List<string>();
        foreach (var c in CoveredCharacters())
        {
            var decomposed = Icu(c);
            if (char.IsLetterOrDigit(c) != char.IsLetterOrDigit(decomposed[0]) || Diacritics.IsMark(c) != IsIcuMark(decomposed[0]))
                wrong.Add($"U+{(int)c:X4}");
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_character_ICU_reduces_to_a_plain_ASCII_letter_or_digit_is_mapped_to_it()
    {
        // Curated resource ids keep only ASCII letters and digits, so this keeps every id what it was under ICU.
        Assert.Equal(2, Icu('\u00E9').Length);
        var wrong = new List<string>();
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF || CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.OtherNotAssigned) continue;
            var text = char.ConvertFromUtf32(codePoint);
            var decomposed = text.Normalize(NormalizationForm.FormD);
            if (decomposed == text || !char.IsAsciiLetterOrDigit(decomposed[0])) continue;
            if (text.Length > 1 || Diacritics.BaseLetter(text[0]) != decomposed[0]) wrong.Add($"U+{codePoint:X4}");
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("É", "e")]
    [InlineData("Ǿ", "o")]
    [InlineData("ǣ", "ae")]
    [InlineData("Ệ", "e")]
    [InlineData("ά", "α")]
    [InlineData("Й", "и")]
    [InlineData("ø", "o")]
    [InlineData("Ø", "o")]
    [InlineData("\u0111", "d")]
    [InlineData("\u0110", "d")]
    [InlineData("\u00F0", "d")]
    [InlineData("\u00D0", "d")]
    [InlineData("ł", "l")]
    [InlineData("Ł", "l")]
    [InlineData("ı", "i")]
    [InlineData("æ", "ae")]
    [InlineData("Æ", "ae")]
    [InlineData("œ", "oe")]
    [InlineData("Œ", "oe")]
    [InlineData("ß", "ss")]
    [InlineData("\u1E9E", "ss")]
    [InlineData("þ", "th")]
    [InlineData("Þ", "th")]
    [InlineData("7", "7")]
    [InlineData("日", "日")]
    public void Letters_are_spelled_as_on_a_plain_keyboard(string letter, string plain)
    {
        var builder = new StringBuilder();

        Diacritics.AppendPlain(builder, letter[0]);

        Assert.Equal(plain, builder.ToString());
    }

    [Theory]
    [InlineData('ø')]
    [InlineData('æ')]
    [InlineData('ß')]
    [InlineData('a')]
    [InlineData('日')]
    [InlineData('\u0301')]
    public void Characters_with_no_decomposition_are_their_own_base_letter(char c)
    {
        Assert.Equal(c, Diacritics.BaseLetter(c));
    }

    [Fact]
    public void Combining_marks_typed_on_their_own_are_marks()
    {
        Assert.True(Diacritics.IsMark('\u0301'));
        Assert.True(Diacritics.IsMark('\u0308'));
        Assert.False(Diacritics.IsMark('e'));
        Assert.False(Diacritics.IsMark('\''));
    }

    [Fact]
    public void No_code_in_the_bot_folds_text_with_string_Normalize()
    {
        // The bot runs with invariant globalization, where Normalize returns its input: folding through it silently stops.
        string[] calls = ["NormalizationForm", ".Normalize()", ".IsNormalized("];
        var files = Directory.EnumerateFiles(SourceDirectory(), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();
        var found = files
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (Path: path, Line: line.Trim(), Number: i + 1)))
            .Where(x => !x.Line.StartsWith("///", StringComparison.Ordinal) && calls.Any(call => x.Line.Contains(call, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetFileName(x.Path)}:{x.Number}")
            .ToList();

        Assert.Contains(files, path => Path.GetFileName(path) == "TextKey.cs");
        Assert.Empty(found);
    }

    private static IEnumerable<char> CoveredCharacters()
    {
        // Without ICU, Normalize returns "é" whole and there would be nothing to compare with.
        Assert.Equal(2, Icu('\u00E9').Length);
        return Covered.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)).Select(i => (char)i);
    }

    private static string Icu(char c) => c.ToString().Normalize(NormalizationForm.FormD);

    private static bool IsIcuMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>The letter ICU decomposes <paramref name="c"/> to, when it gives a letter followed only by combining marks.</summary>
    private static char? IcuBaseLetter(char c)
    {
        var decomposed = Icu(c);
        if (decomposed == c.ToString() || !char.IsLetter(decomposed[0])) return null;
        return decomposed.Skip(1).All(IsIcuMark) ? decomposed[0] : null;
    }

    private static string SourceDirectory([CallerFilePath] string testFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(testFile)!, "..", "..", "..", "src"));
}
