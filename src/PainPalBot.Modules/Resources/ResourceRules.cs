using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PainPalBot.Modules.Resources;

/// <summary>Checks shared by the curated loader and moderators' entries; each failure is one kind sentence.</summary>
internal static class ResourceRules
{
    public static bool TryHttps(string? value, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(value)) return false;
        value = value.Trim();
        return value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && Uri.TryCreate(value, UriKind.Absolute, out uri)
            && uri.Scheme == Uri.UriSchemeHttps
            && !string.IsNullOrEmpty(uri.Host);
    }

    /// <summary>Trims, lower-cases, turns spaces into hyphens and drops repeats.</summary>
    public static List<string> NormalizeTags(IEnumerable<string?>? tags) =>
        (tags ?? [])
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => string.Join('-', t!.Trim().ToLower(CultureInfo.InvariantCulture).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The first problem with an entry, or null when it fits.</summary>
    public static string? Problem(string? title, string? url, string? summary, IReadOnlyList<string> tags)
    {
        if (string.IsNullOrWhiteSpace(title)) return "Every resource needs a title.";
        if (title.Trim().Length > ResourceLimits.MaxTitleLength)
            return $"The title can be at most {ResourceLimits.MaxTitleLength} characters (this one has {title.Trim().Length}).";
        if (string.IsNullOrWhiteSpace(url)) return "Every resource needs a link.";
        if (!url.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase)) return "Links must start with https://.";
        if (!TryHttps(url, out _)) return "That link doesn't look like a web address; check it and try again.";
        if (url.Trim().Length > ResourceLimits.MaxUrlLength) return $"Links can be at most {ResourceLimits.MaxUrlLength} characters.";
        if (string.IsNullOrWhiteSpace(summary)) return "Every resource needs a one-line summary.";
        if (summary.Trim().Length > ResourceLimits.MaxSummaryLength)
            return $"The summary can be at most {ResourceLimits.MaxSummaryLength} characters (this one has {summary.Trim().Length}).";
        if (tags.Count > ResourceLimits.MaxTags) return $"A resource can have at most {ResourceLimits.MaxTags} tags (this one has {tags.Count}).";
        var longTag = tags.FirstOrDefault(t => t.Length > ResourceLimits.MaxTagLength);
        if (longTag is not null) return $"Tags can be at most {ResourceLimits.MaxTagLength} characters; \"{longTag}\" is {longTag.Length}.";
        return null;
    }
}
