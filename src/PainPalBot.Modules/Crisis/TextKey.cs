using System.Globalization;
using System.Text;

namespace PainPalBot.Modules.Crisis;

/// <summary>Folds names people type ("Österreich", "U.K.") to a comparable key ("osterreich", "uk").</summary>
internal static class TextKey
{
    /// <summary>Lower case, no diacritics, letters and digits only.</summary>
    public static string Fold(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c == 'ß') builder.Append("ss");
            else if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
