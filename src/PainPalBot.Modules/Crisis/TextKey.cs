using System.Text;
using PainPalBot.Modules.Text;

namespace PainPalBot.Modules.Crisis;

/// <summary>Folds names people type ("Österreich", "U.K.") to a comparable key ("osterreich", "uk").</summary>
internal static class TextKey
{
    /// <summary>Lower case, no diacritics (ø as o, ß as ss), letters and digits only.</summary>
    public static string Fold(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c)) Diacritics.AppendPlain(builder, c);
        }

        return builder.ToString();
    }
}
