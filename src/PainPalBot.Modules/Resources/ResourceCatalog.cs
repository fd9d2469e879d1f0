using System.Globalization;
using System.Text;
using System.Text.Json;
using PainPalBot.Modules.Text;

namespace PainPalBot.Modules.Resources;

/// <summary>
/// The curated, read-only library, loaded once at start from resources.json. Every entry needs an https link,
/// a source organisation and a reviewed date; a bad entry stops the start with a message naming it.
/// </summary>
public sealed class ResourceCatalog
{
    private ResourceCatalog(IReadOnlyList<Resource> resources) => Resources = resources;

    /// <summary>Every curated entry, in file order.</summary>
    public IReadOnlyList<Resource> Resources { get; }

    /// <summary>Every curated link, for <see cref="ResourceLinkChecker"/>.</summary>
    public IEnumerable<Uri> Urls => Resources.Select(r => r.Url);

    /// <summary>Reads and checks a resources file; throws <see cref="InvalidDataException"/> naming every bad entry.</summary>
    public static ResourceCatalog Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            throw new InvalidDataException($"Resources file not found: {path}. Set Resources:DataDirectory or copy config/resources.json next to the binary.");
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Parses and checks resources JSON; <paramref name="sourceName"/> names the file in errors.</summary>
    public static ResourceCatalog Parse(string json, string sourceName = "resources.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        ResourceFileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, ResourceJsonContext.Default.ResourceFileDocument);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{sourceName} is not valid JSON: {ex.Message}", ex);
        }

        var errors = new List<string>();
        var resources = new List<Resource>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, i) in (document?.Resources ?? []).Select((r, i) => (r, i)))
        {
            var label = $"resource {i + 1} ({(string.IsNullOrWhiteSpace(entry?.Title) ? "no title" : $"\"{entry.Title}\"")})";
            if (entry is null)
            {
                errors.Add($"{label}: empty entry");
                continue;
            }

            var before = errors.Count;
            var tags = ResourceRules.NormalizeTags(entry.Tags);
            var problem = ResourceRules.Problem(entry.Title, entry.Url, entry.Summary, tags);
            if (problem is not null) errors.Add($"{label}: {problem}");
            if (tags.Count == 0) errors.Add($"{label}: needs at least one tag");
            if (string.IsNullOrWhiteSpace(entry.Region)) errors.Add($"{label}: no region (an ISO country code or \"global\")");
            if (string.IsNullOrWhiteSpace(entry.Source)) errors.Add($"{label}: no source (the organisation behind it)");
            DateOnly reviewed = default;
            if (string.IsNullOrWhiteSpace(entry.Reviewed)) errors.Add($"{label}: no reviewed date (yyyy-MM-dd)");
            else if (!DateOnly.TryParseExact(entry.Reviewed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out reviewed))
                errors.Add($"{label}: reviewed date '{entry.Reviewed}' is not yyyy-MM-dd");
            if (errors.Count > before) continue;

            var id = "c:" + (string.IsNullOrWhiteSpace(entry.Id) ? Slug(entry.Title!) : entry.Id.Trim());
            if (!ids.Add(id))
            {
                errors.Add($"{label}: id '{id}' is used twice; give one an \"id\"");
                continue;
            }

            ResourceRules.TryHttps(entry.Url, out var url);
            resources.Add(new Resource(id, entry.Title!.Trim(), url!, entry.Summary!.Trim(), tags, entry.Region!.Trim(), entry.Source!.Trim(), reviewed, ResourceOrigin.Curated));
        }

        if (resources.Count == 0 && errors.Count == 0) errors.Add("no resources listed");
        if (errors.Count > 0)
            throw new InvalidDataException($"{sourceName} has {errors.Count} problem(s): {string.Join("; ", errors)}.");
        return new ResourceCatalog(resources);
    }

    /// <summary>Finds a curated entry by id.</summary>
    public Resource? Find(string id) => Resources.FirstOrDefault(r => r.Id == id);

    private static string Slug(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in title)
        {
            // Base letters only, not Diacritics.AppendPlain: spelling ø as o here would change the ids of titles already listed.
            var letter = Diacritics.BaseLetter(c);
            if (char.IsAsciiLetterOrDigit(letter)) builder.Append(char.ToLowerInvariant(letter));
            else if (builder.Length > 0 && builder[^1] != '-' && (char.IsWhiteSpace(c) || c is '-' or ':' or '/')) builder.Append('-');
        }

        return builder.ToString().Trim('-');
    }
}
