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

    // USER and MESSAGE command names "may be mixed case and can include spaces", 1-32 characters
    // (interactions/application-commands#application-command-naming). Discord counts characters, not UTF-16 units.
    // Routing compares names exactly, so a name with edge spaces or control characters, which the menu would
    // show differently from how it is stored, is refused here rather than never matching later.
    public static string? CheckContextMenuName(string name)
    {
        var length = name.EnumerateRunes().Count();
        if (length is < 1 or > 32)
            return $"name '{name}' must be 1–32 characters (has {length})";
        if (string.IsNullOrWhiteSpace(name) || char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[^1]))
            return $"name '{name}' must not start or end with a space";
        if (name.Any(char.IsControl))
            return $"name '{name}' must not contain line breaks, tabs or other control characters";
        return null;
    }

    public static string? CheckDescription(string what, string description) =>
        description.Length is < 1 or > 100 ? $"{what} description must be 1–100 characters (has {description.Length})" : null;
}
