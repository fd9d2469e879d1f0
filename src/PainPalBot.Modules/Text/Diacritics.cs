using System.Globalization;
using System.Text;

namespace PainPalBot.Modules.Text;

/// <summary>
/// Takes the accents off Latin, Greek and Cyrillic letters ("é" to "e", "ά" to "α") from tables built into the code,
/// because the Native AOT build runs without ICU, where <see cref="string.Normalize()"/> decomposes nothing.
/// </summary>
internal static class Diacritics
{
    // Each table holds one character per code point, 16 to a row: the letter its canonical decomposition (FormD)
    // starts with, or NoLetter where FormD gives no letter-plus-marks. DiacriticsTests checks every entry against ICU.
    private const char NoLetter = '.';

    // U+00C0..U+024F: Latin-1 Supplement, Latin Extended-A and -B.
    private const string Latin =
        "AAAAAA.CEEEEIIII" + // U+00C0
        ".NOOOOO..UUUUY.." + // U+00D0
        "aaaaaa.ceeeeiiii" + // U+00E0
        ".nooooo..uuuuy.y" + // U+00F0
        "AaAaAaCcCcCcCcDd" + // U+0100
        "..EeEeEeEeEeGgGg" + // U+0110
        "GgGgHh..IiIiIiIi" + // U+0120
        "I...JjKk.LlLlLl." + // U+0130
        "...NnNnNn...OoOo" + // U+0140
        "Oo..RrRrRrSsSsSs" + // U+0150
        "SsTtTt..UuUuUuUu" + // U+0160
        "UuUuWwYyYZzZzZz." + // U+0170
        "................" + // U+0180
        "................" + // U+0190
        "Oo.............U" + // U+01A0
        "u..............." + // U+01B0
        ".............AaI" + // U+01C0
        "iOoUuUuUuUuUu.Aa" + // U+01D0
        "AaÆæ..GgKkOoOoƷʒ" + // U+01E0
        "j...Gg..NnAaÆæØø" + // U+01F0
        "AaAaEeEeIiIiOoOo" + // U+0200
        "RrRrUuUuSsTt..Hh" + // U+0210
        "......AaEeOoOoOo" + // U+0220
        "OoYy............" + // U+0230
        "................"; // U+0240

    // U+0370..U+04FF: Greek and Coptic, Cyrillic.
    private const string GreekCyrillic =
        "....ʹ..........." + // U+0370
        "......Α.ΕΗΙ.Ο.ΥΩ" + // U+0380
        "ι..............." + // U+0390
        "..........ΙΥαεηι" + // U+03A0
        "υ..............." + // U+03B0
        "..........ιυουω." + // U+03C0
        "...ϒϒ..........." + // U+03D0
        "................" + // U+03E0
        "................" + // U+03F0
        "ЕЕ.Г...І....КИУ." + // U+0400
        ".........И......" + // U+0410
        "................" + // U+0420
        ".........и......" + // U+0430
        "................" + // U+0440
        "ее.г...і....киу." + // U+0450
        "................" + // U+0460
        "......Ѵѵ........" + // U+0470
        "................" + // U+0480
        "................" + // U+0490
        "................" + // U+04A0
        "................" + // U+04B0
        ".Жж............." + // U+04C0
        "АаАа..Ее..ӘәЖжЗз" + // U+04D0
        "..ИиИиОо..ӨөЭэУу" + // U+04E0
        "УуУуЧч..Ыы......"; // U+04F0

    // U+1E00..U+1FFF: Latin Extended Additional (Vietnamese and more), Greek Extended.
    private const string LatinGreekExtended =
        "AaBbBbBbCcDdDdDd" + // U+1E00
        "DdDdEeEeEeEeEeFf" + // U+1E10
        "GgHhHhHhHhHhIiIi" + // U+1E20
        "KkKkKkLlLlLlLlMm" + // U+1E30
        "MmMmNnNnNnNnOoOo" + // U+1E40
        "OoOoPpPpRrRrRrRr" + // U+1E50
        "SsSsSsSsSsTtTtTt" + // U+1E60
        "TtUuUuUuUuUuVvVv" + // U+1E70
        "WwWwWwWwWwXxXxYy" + // U+1E80
        "ZzZzZzhtwy.ſ...." + // U+1E90
        "AaAaAaAaAaAaAaAa" + // U+1EA0
        "AaAaAaAaEeEeEeEe" + // U+1EB0
        "EeEeEeEeIiIiOoOo" + // U+1EC0
        "OoOoOoOoOoOoOoOo" + // U+1ED0
        "OoOoUuUuUuUuUuUu" + // U+1EE0
        "UuYyYyYyYy......" + // U+1EF0
        "ααααααααΑΑΑΑΑΑΑΑ" + // U+1F00
        "εεεεεε..ΕΕΕΕΕΕ.." + // U+1F10
        "ηηηηηηηηΗΗΗΗΗΗΗΗ" + // U+1F20
        "ιιιιιιιιΙΙΙΙΙΙΙΙ" + // U+1F30
        "οοοοοο..ΟΟΟΟΟΟ.." + // U+1F40
        "υυυυυυυυ.Υ.Υ.Υ.Υ" + // U+1F50
        "ωωωωωωωωΩΩΩΩΩΩΩΩ" + // U+1F60
        "ααεεηηιιοουυωω.." + // U+1F70
        "ααααααααΑΑΑΑΑΑΑΑ" + // U+1F80
        "ηηηηηηηηΗΗΗΗΗΗΗΗ" + // U+1F90
        "ωωωωωωωωΩΩΩΩΩΩΩΩ" + // U+1FA0
        "ααααα.ααΑΑΑΑΑ.ι." + // U+1FB0
        "..ηηη.ηηΕΕΗΗΗ..." + // U+1FC0
        "ιιιι..ιιΙΙΙΙ...." + // U+1FD0
        "υυυυρρυυΥΥΥΥΡ..." + // U+1FE0
        "..ωωω.ωωΟΟΩΩΩ..."; // U+1FF0

    /// <summary>The letter <paramref name="c"/> is built on, without its accents ('é' is 'e', 'Ǿ' is 'Ø'); any other character unchanged.</summary>
    public static char BaseLetter(char c)
    {
        var letter = c switch
        {
            >= '\u00C0' and <= '\u024F' => Latin[c - 0x00C0],
            >= '\u0370' and <= '\u04FF' => GreekCyrillic[c - 0x0370],
            >= '\u1E00' and <= '\u1FFF' => LatinGreekExtended[c - 0x1E00],
            // Ohm, Kelvin and Angstrom signs are canonically the letters Omega, K and A-ring.
            '\u2126' => '\u03A9',
            '\u212A' => 'K',
            '\u212B' => 'A',
            _ => NoLetter,
        };
        return letter == NoLetter ? c : letter;
    }

    /// <summary>True for a combining mark (an accent arriving on its own in already-decomposed text, like U+0301).</summary>
    public static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// Appends a letter or digit in lower case without its accents ("é" as "e"), and a letter that does not decompose
    /// the way people type it on a plain keyboard ("ø" as "o", "æ" as "ae", "ß" as "ss").
    /// </summary>
    public static void AppendPlain(StringBuilder builder, char letterOrDigit)
    {
        var letter = BaseLetter(letterOrDigit);
        switch (letter)
        {
            case 'æ' or 'Æ':
                builder.Append("ae");
                break;
            case 'œ' or 'Œ':
                builder.Append("oe");
                break;
            case 'ß' or '\u1E9E':
                builder.Append("ss");
                break;
            case 'þ' or 'Þ':
                builder.Append("th");
                break;
            default:
                builder.Append(char.ToLowerInvariant(PlainLetter(letter)));
                break;
        }
    }

    // Đ (Croatian, Vietnamese) and Ð (Icelandic eth) look alike and are both typed as d.
    private static char PlainLetter(char letter) => letter switch
    {
        'ø' or 'Ø' => 'o',
        '\u0111' or '\u0110' or '\u00F0' or '\u00D0' => 'd',
        'ł' or 'Ł' => 'l',
        'ı' => 'i',
        _ => letter,
    };
}
