using System.Collections.Frozen;

namespace PainPalBot.Modules.Reminders;

/// <summary>
/// IANA time zones as this machine knows them (<see cref="TimeZoneInfo.GetSystemTimeZones()"/>), plus
/// the names people actually type ("UK", "Eastern", "Sydney"). Unknown names get up to three
/// suggestions; autocomplete gets up to 25 matches.
/// </summary>
public sealed class TimeZoneCatalog
{
    /// <summary>The most choices Discord's autocomplete accepts.</summary>
    public const int MaxSearchResults = 25;

    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = "Etc/UTC", ["GMT"] = "Europe/London", ["Z"] = "Etc/UTC",
        ["UK"] = "Europe/London", ["GB"] = "Europe/London", ["Britain"] = "Europe/London", ["England"] = "Europe/London",
        ["Scotland"] = "Europe/London", ["Wales"] = "Europe/London", ["BST"] = "Europe/London",
        ["Ireland"] = "Europe/Dublin", ["IST"] = "Asia/Kolkata", ["India"] = "Asia/Kolkata",
        ["CET"] = "Europe/Paris", ["CEST"] = "Europe/Paris", ["Central Europe"] = "Europe/Paris", ["EET"] = "Europe/Athens",
        ["Germany"] = "Europe/Berlin", ["France"] = "Europe/Paris", ["Spain"] = "Europe/Madrid", ["Italy"] = "Europe/Rome",
        ["Netherlands"] = "Europe/Amsterdam", ["Holland"] = "Europe/Amsterdam",
        ["EST"] = "America/New_York", ["EDT"] = "America/New_York", ["Eastern"] = "America/New_York", ["ET"] = "America/New_York", ["US Eastern"] = "America/New_York",
        ["CST"] = "America/Chicago", ["CDT"] = "America/Chicago", ["Central"] = "America/Chicago", ["CT"] = "America/Chicago", ["US Central"] = "America/Chicago",
        ["MST"] = "America/Denver", ["MDT"] = "America/Denver", ["Mountain"] = "America/Denver", ["MT"] = "America/Denver", ["Arizona"] = "America/Phoenix",
        ["PST"] = "America/Los_Angeles", ["PDT"] = "America/Los_Angeles", ["Pacific"] = "America/Los_Angeles", ["PT"] = "America/Los_Angeles", ["US Pacific"] = "America/Los_Angeles",
        ["Alaska"] = "America/Anchorage", ["AKST"] = "America/Anchorage", ["Hawaii"] = "Pacific/Honolulu", ["HST"] = "Pacific/Honolulu",
        ["Atlantic"] = "America/Halifax", ["AST"] = "America/Halifax", ["Newfoundland"] = "America/St_Johns", ["NST"] = "America/St_Johns",
        ["AEST"] = "Australia/Sydney", ["AEDT"] = "Australia/Sydney", ["ACST"] = "Australia/Adelaide", ["ACDT"] = "Australia/Adelaide",
        ["AWST"] = "Australia/Perth", ["LHST"] = "Australia/Lord_Howe", ["Lord Howe"] = "Australia/Lord_Howe",
        ["NZ"] = "Pacific/Auckland", ["NZST"] = "Pacific/Auckland", ["NZDT"] = "Pacific/Auckland", ["New Zealand"] = "Pacific/Auckland",
        ["JST"] = "Asia/Tokyo", ["Japan"] = "Asia/Tokyo", ["KST"] = "Asia/Seoul", ["Korea"] = "Asia/Seoul",
        ["HKT"] = "Asia/Hong_Kong", ["SGT"] = "Asia/Singapore", ["China"] = "Asia/Shanghai",
        ["SAST"] = "Africa/Johannesburg", ["South Africa"] = "Africa/Johannesburg", ["Brazil"] = "America/Sao_Paulo",
        ["Mexico"] = "America/Mexico_City", ["Philippines"] = "Asia/Manila",
        ["Washington DC"] = "America/New_York", ["DC"] = "America/New_York", ["San Francisco"] = "America/Los_Angeles", ["Seattle"] = "America/Los_Angeles",
        ["Boston"] = "America/New_York", ["Atlanta"] = "America/New_York", ["Miami"] = "America/New_York",
        ["Dallas"] = "America/Chicago", ["Houston"] = "America/Chicago", ["Montreal"] = "America/Toronto",
        ["Manchester"] = "Europe/London", ["Edinburgh"] = "Europe/London", ["Glasgow"] = "Europe/London", ["Cardiff"] = "Europe/London", ["Belfast"] = "Europe/London",
        ["Canberra"] = "Australia/Sydney", ["Wellington"] = "Pacific/Auckland", ["Mumbai"] = "Asia/Kolkata", ["Delhi"] = "Asia/Kolkata", ["New Delhi"] = "Asia/Kolkata",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] DefaultSuggestions = ["Europe/London", "America/New_York", "Australia/Sydney"];

    private static readonly string[] PopularZones =
        ["Europe/London", "America/New_York", "America/Chicago", "America/Los_Angeles", "Australia/Sydney", "Europe/Berlin", "Asia/Kolkata", "Pacific/Auckland"];

    private readonly FrozenDictionary<string, TimeZoneInfo> _byId;
    private readonly FrozenDictionary<string, string> _byCity;
    private readonly string[] _ids;

    /// <summary>Reads the machine's zones once.</summary>
    public TimeZoneCatalog()
    {
        var zones = TimeZoneInfo.GetSystemTimeZones()
            .Where(z => z.Id.Contains('/', StringComparison.Ordinal) || z.Id == "Etc/UTC" || z.Id == "UTC")
            .ToList();
        var byId = zones.ToDictionary(z => z.Id, StringComparer.OrdinalIgnoreCase);
        if (!byId.ContainsKey("Etc/UTC"))
            byId["Etc/UTC"] = TimeZoneInfo.Utc;
        _byId = byId.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _ids = [.. _byId.Keys.Order(StringComparer.Ordinal)];
        // "London" -> Europe/London, "New York" -> America/New_York; the first zone with a city wins.
        var byCity = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in _ids.Where(i => !i.StartsWith("Etc/", StringComparison.Ordinal)))
            byCity.TryAdd(Normalize(id[(id.LastIndexOf('/') + 1)..]), id);
        _byCity = byCity.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A stored zone id as a zone; UTC if this machine no longer knows it.</summary>
    public static TimeZoneInfo FindOrUtc(string? id)
    {
        if (string.IsNullOrEmpty(id))
            return TimeZoneInfo.Utc;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    /// <summary>Every IANA zone id known, sorted.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>Finds a zone by IANA id, common alias or city; otherwise suggests up to three.</summary>
    public TimeZoneLookup Resolve(string? name)
    {
        var text = name?.Trim() ?? "";
        if (text.Length == 0)
            return new TimeZoneLookup(null, [.. DefaultSuggestions.Where(_byId.ContainsKey)]);
        return Find(text) is { } zone ? new TimeZoneLookup(zone, []) : new TimeZoneLookup(null, Suggest(text));
    }

    private TimeZoneInfo? Find(string text)
    {
        if (_byId.TryGetValue(text, out var zone) || _byId.TryGetValue(text.Replace(' ', '_'), out zone))
            return zone;
        if (Aliases.TryGetValue(text, out var aliased) && _byId.TryGetValue(aliased, out zone))
            return zone;
        return _byCity.TryGetValue(Normalize(text), out var cityId) ? _byId[cityId] : null;
    }

    /// <summary>Zones matching what was typed so far, best first, at most 25 (for autocomplete).</summary>
    public IReadOnlyList<string> Search(string? query, int max = MaxSearchResults)
    {
        max = Math.Clamp(max, 0, MaxSearchResults);
        var text = query?.Trim() ?? "";
        if (text.Length == 0)
            return [.. PopularZones.Where(_byId.ContainsKey).Take(max)];
        var key = Normalize(text);
        var results = new List<string>();
        if (Find(text) is { } exact)
            results.Add(exact.Id);
        results.AddRange(Aliases.Where(a => Normalize(a.Key).StartsWith(key, StringComparison.OrdinalIgnoreCase) && _byId.ContainsKey(a.Value)).Select(a => a.Value).Order(StringComparer.Ordinal));
        results.AddRange(_ids.Where(id => Normalize(id[(id.LastIndexOf('/') + 1)..]).StartsWith(key, StringComparison.OrdinalIgnoreCase)));
        results.AddRange(_ids.Where(id => Normalize(id).Contains(key, StringComparison.OrdinalIgnoreCase)));
        return [.. results.Distinct(StringComparer.Ordinal).Take(max)];
    }

    private string[] Suggest(string text)
    {
        var matches = Search(text, 3);
        if (matches.Count > 0)
            return [.. matches];
        var key = Normalize(text);
        return [.. _ids
            .Select(id => (Id: id, Distance: Distance(key, Normalize(id[(id.LastIndexOf('/') + 1)..]))))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Id)];
    }

    private static string Normalize(string text) => text.Trim().Replace('_', ' ').Replace('-', ' ').ToUpperInvariant();

    // Levenshtein distance: enough to turn "Londn" into Europe/London.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
