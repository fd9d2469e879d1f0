using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// The helplines of every listed country, loaded once at start from helplines.json and checked:
/// each country needs a known ISO code, an emergency number, a source and a verified date.
/// </summary>
public sealed class HelplineDirectory
{
    private readonly Dictionary<string, CountryHelplines> _byKey;

    private HelplineDirectory(IReadOnlyList<CountryHelplines> countries, IReadOnlyList<DirectoryLink> directories)
    {
        Countries = countries;
        Directories = directories;
        _byKey = new Dictionary<string, CountryHelplines>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            _byKey[TextKey.Fold(country.Code)] = country;
            _byKey.TryAdd(TextKey.Fold(country.Name), country);
            foreach (var alias in country.Aliases) _byKey.TryAdd(TextKey.Fold(alias), country);
        }
    }

    /// <summary>Every listed country, in file order.</summary>
    public IReadOnlyList<CountryHelplines> Countries { get; }

    /// <summary>Worldwide directories for countries not listed.</summary>
    public IReadOnlyList<DirectoryLink> Directories { get; }

    /// <summary>Reads and checks a helplines file; throws <see cref="InvalidDataException"/> naming every bad entry.</summary>
    public static HelplineDirectory Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            throw new InvalidDataException($"Helpline file not found: {path}. Set Crisis:DataDirectory or copy config/helplines.json next to the binary.");
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Parses and checks helpline JSON; <paramref name="sourceName"/> names the file in errors.</summary>
    public static HelplineDirectory Parse(string json, string sourceName = "helplines.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        HelplineFileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, CrisisJsonContext.Default.HelplineFileDocument);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{sourceName} is not valid JSON: {ex.Message}", ex);
        }

        var errors = new List<string>();
        var countries = new List<CountryHelplines>();
        var directories = new List<DirectoryLink>();
        if (document is null)
        {
            throw new InvalidDataException($"{sourceName} is empty.");
        }

        foreach (var (link, i) in (document.Directories ?? []).Select((d, i) => (d, i)))
        {
            if (link is null || string.IsNullOrWhiteSpace(link.Name) || !TryHttps(link.Url, out var url))
                errors.Add($"directory {i + 1}: needs a name and an https url");
            else
                directories.Add(new DirectoryLink(link.Name.Trim(), url));
        }

        if (directories.Count == 0) errors.Add("no directories: at least one worldwide helpline directory is needed for unlisted countries");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, i) in (document.Countries ?? []).Select((c, i) => (c, i)))
        {
            var country = ReadCountry(entry, i, errors);
            if (country is null) continue;
            if (!seen.Add(country.Code)) errors.Add($"country {i + 1} ({country.Code}): listed twice");
            else countries.Add(country);
        }

        if (countries.Count == 0 && errors.Count == 0) errors.Add("no countries listed");
        if (errors.Count > 0)
            throw new InvalidDataException($"{sourceName} has {errors.Count} problem(s): {string.Join("; ", errors)}.");

        return new HelplineDirectory(countries, directories);
    }

    /// <summary>Finds a country by ISO code, English name or alias ("UK", "England", "USA", "Deutschland"); case and accents ignored.</summary>
    public bool TryFind(string? codeOrName, [NotNullWhen(true)] out CountryHelplines? country)
    {
        country = null;
        if (string.IsNullOrWhiteSpace(codeOrName)) return false;
        return _byKey.TryGetValue(TextKey.Fold(codeOrName), out country);
    }

    /// <summary>Finds a country, or null when it is not listed.</summary>
    public CountryHelplines? Find(string? codeOrName) => TryFind(codeOrName, out var country) ? country : null;

    private static CountryHelplines? ReadCountry(CountryDocument? entry, int index, List<string> errors)
    {
        if (entry is null)
        {
            errors.Add($"country {index + 1}: empty entry");
            return null;
        }

        var code = entry.Code?.Trim().ToUpperInvariant() ?? "";
        var label = $"country {index + 1} ({(code.Length > 0 ? code : entry.Name ?? "no code")})";
        var before = errors.Count;
        if (code.Length == 0) errors.Add($"{label}: no code");
        else if (!IsoCountryCodes.IsKnown(code)) errors.Add($"{label}: '{code}' is not an ISO 3166-1 alpha-2 country code");
        if (string.IsNullOrWhiteSpace(entry.Name)) errors.Add($"{label}: no name");
        if (string.IsNullOrWhiteSpace(entry.EmergencyNumber)) errors.Add($"{label}: no emergency number");
        if (string.IsNullOrWhiteSpace(entry.Source)) errors.Add($"{label}: no source (say which organisation or directory the numbers come from)");
        DateOnly verified = default;
        if (string.IsNullOrWhiteSpace(entry.Verified)) errors.Add($"{label}: no verified date (yyyy-MM-dd)");
        else if (!DateOnly.TryParseExact(entry.Verified, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out verified))
            errors.Add($"{label}: verified date '{entry.Verified}' is not yyyy-MM-dd");
        Uri? sourceUrl = null;
        if (entry.SourceUrl is not null && !TryHttps(entry.SourceUrl, out sourceUrl)) errors.Add($"{label}: source_url must be an https address");

        var helplines = new List<Helpline>();
        foreach (var (line, j) in (entry.Helplines ?? []).Select((h, j) => (h, j)))
        {
            var helpline = ReadHelpline(line, $"{label} helpline {j + 1}", errors);
            if (helpline is not null) helplines.Add(helpline);
        }

        if (errors.Count > before) return null;
        return new CountryHelplines(
            code,
            entry.Name!.Trim(),
            (entry.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToArray(),
            entry.EmergencyNumber!.Trim(),
            string.IsNullOrWhiteSpace(entry.EmergencyNote) ? null : entry.EmergencyNote.Trim(),
            helplines,
            entry.Source!.Trim(),
            sourceUrl,
            verified);
    }

    private static Helpline? ReadHelpline(HelplineDocument? line, string label, List<string> errors)
    {
        if (line is null || string.IsNullOrWhiteSpace(line.Name))
        {
            errors.Add($"{label}: no name");
            return null;
        }

        label = $"{label} '{line.Name}'";
        var before = errors.Count;
        Uri? chat = null, website = null;
        if (line.ChatUrl is not null && !TryHttps(line.ChatUrl, out chat)) errors.Add($"{label}: chat_url must be an https address");
        if (line.Website is not null && !TryHttps(line.Website, out website)) errors.Add($"{label}: website must be an https address");
        if (string.IsNullOrWhiteSpace(line.Phone) && string.IsNullOrWhiteSpace(line.Text) && line.ChatUrl is null)
            errors.Add($"{label}: needs a phone, text or chat_url");
        if (string.IsNullOrWhiteSpace(line.Hours)) errors.Add($"{label}: no hours");
        if (errors.Count > before) return null;

        return new Helpline(
            line.Name.Trim(),
            Blank(line.Phone),
            Blank(line.Text),
            Blank(line.TextKeyword),
            chat,
            website,
            line.Hours!.Trim(),
            (line.Languages ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim().ToLowerInvariant()).ToArray());
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryHttps(string? value, [NotNullWhen(true)] out Uri? uri) =>
        Uri.TryCreate(value, UriKind.Absolute, out uri) && uri.Scheme == Uri.UriSchemeHttps;
}
