using System.Text.RegularExpressions;

namespace PainPalBot.Discord.Interactions;

/// <summary>Discord's naming rules for commands and options (interactions/application-commands).</summary>
internal static partial class CommandNames
{
    // Discord: ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$ ; .NET has no script classes, the Unicode blocks stand in.
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    public static string? CheckName(string name)
    {
        if (!NamePattern().IsMatch(name))
            return $"name '{name}' must be 1–32 letters, digits, '-', '_' or apostrophes, without spaces";
        if (!string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
            return $"name '{name}' must be lowercase";
        return null;
    }

    public static string? CheckDescription(string what, string description) =>
        description.Length is < 1 or > 100 ? $"{what} description must be 1–100 characters (has {description.Length})" : null;
}
