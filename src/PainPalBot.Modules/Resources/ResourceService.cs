using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PainPalBot.Modules.Resources;

/// <summary>
/// The resources library for one server: the curated entries plus the server's own, searched together,
/// paged, and suggested as you type; moderators add, edit, remove and export their server's entries.
/// Results are records a module renders; nothing here builds Discord JSON.
/// </summary>
public sealed partial class ResourceService
{
    /// <summary>Topics to browse by (fits one Discord choice list).</summary>
    public static IReadOnlyList<ResourceTopic> Topics { get; } =
    [
        new("Pacing", "pacing"),
        new("Flare plans", "flare-plan"),
        new("Sleep", "sleep"),
        new("Movement", "movement"),
        new("Mindfulness", "mindfulness"),
        new("Talking with clinicians", "clinicians"),
        new("Work", "work"),
        new("Benefits", "benefits"),
        new("Mental health", "mental-health"),
        new("Understanding pain", "understanding-pain"),
        new("Self-management", "self-management"),
        new("Fibromyalgia", "fibromyalgia"),
        new("CRPS", "crps"),
        new("Migraine", "migraine"),
        new("Endometriosis", "endometriosis"),
        new("EDS and hypermobility", "eds"),
        new("Arthritis", "arthritis"),
        new("Back pain", "back-pain"),
        new("Neuropathy", "neuropathy"),
    ];

    private const string NothingSaved = "Nothing was saved.";
    private const string NothingChanged = "Nothing was changed.";

    private readonly ResourceCatalog _catalog;
    private readonly GuildResourceStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<ResourceService> _log;
    private readonly int _maxServerEntries;

    /// <summary>Creates the service.</summary>
    public ResourceService(ResourceCatalog catalog, GuildResourceStore store, TimeProvider time, IOptions<ResourceOptions> options, ILogger<ResourceService> log)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        _catalog = catalog;
        _store = store;
        _time = time;
        _log = log;
        _maxServerEntries = options.Value.MaxServerEntries;
    }

    /// <summary>
    /// Searches the curated library and the server's entries (<paramref name="guildId"/> null in DMs): best match first,
    /// filtered by topic (a tag or topic label), <see cref="ResourceLimits.PageSize"/> per page; a page past the end shows the last page.
    /// </summary>
    public ResourcePage Search(ulong? guildId, string? query = null, string? topic = null, int page = 1)
    {
        query = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        var tag = ResolveTopic(guildId, topic);
        if (topic is not null && !string.IsNullOrWhiteSpace(topic) && tag is null)
        {
            return new ResourcePage(query, topic, 1, 1, 0, [],
                $"There's no topic called \"{topic.Trim()}\". Try one of: {string.Join(", ", Topics.Select(t => t.Label))}.");
        }

        var pool = All(guildId).Where(r => tag is null || r.Tags.Contains(tag, StringComparer.Ordinal));
        List<Resource> ranked;
        var words = SearchWords.Split(query);
        if (words.Length == 0)
        {
            ranked = pool.OrderBy(r => r.Origin).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ToList();
        }
        else
        {
            var queryText = string.Join(' ', words);
            ranked = pool
                .Select(r => (Resource: r, Score: ResourceRanker.Score(r, words, queryText)))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score)
                .ThenBy(x => x.Resource.Origin)
                .ThenBy(x => x.Resource.Title, StringComparer.OrdinalIgnoreCase)
                .Select(x => x.Resource)
                .ToList();
        }

        var pageCount = Math.Max(1, (ranked.Count + ResourceLimits.PageSize - 1) / ResourceLimits.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = ranked.Skip((page - 1) * ResourceLimits.PageSize).Take(ResourceLimits.PageSize).ToArray();
        var topicLabel = tag is null ? null : Topics.FirstOrDefault(t => t.Tag == tag)?.Label ?? tag;
        var what = (query, topicLabel) switch
        {
            (null, null) => "the library",
            (null, _) => $"{topicLabel}",
            (_, null) => $"\"{query}\"",
            _ => $"\"{query}\" in {topicLabel}",
        };
        var message = ranked.Count == 0
            ? $"Nothing matched {what}. Try a shorter word, or browse a topic: {string.Join(", ", Topics.Take(6).Select(t => t.Label))}."
            : $"{ranked.Count} resource{(ranked.Count == 1 ? "" : "s")} for {what} (page {page} of {pageCount}).";
        return new ResourcePage(query, topicLabel, page, pageCount, ranked.Count, items, message);
    }

    /// <summary>Suggestions as someone types a search: matching titles and tags, then topics (at most 25).</summary>
    public IReadOnlyList<ResourceSuggestion> Autocomplete(ulong? guildId, string? typed)
    {
        var resources = All(guildId).ToList();
        var words = SearchWords.Split(typed);
        var tags = resources.SelectMany(r => r.Tags).Distinct(StringComparer.Ordinal).ToList();
        if (words.Length == 0)
        {
            return Topics.Select(t => new ResourceSuggestion(t.Label, t.Label))
                .Concat(resources.Select(r => new ResourceSuggestion(Clip(r.Title), Clip(r.Title))))
                .DistinctBy(s => s.Value, StringComparer.OrdinalIgnoreCase)
                .Take(ResourceLimits.MaxSuggestions)
                .ToList();
        }

        var queryText = string.Join(' ', words);
        var titles = resources
            .Select(r => (Name: r.Title, Score: ResourceRanker.Score(r with { Summary = "", Source = "" }, words, queryText)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Name, StringComparer.OrdinalIgnoreCase);
        var tagMatches = tags
            .Select(t => (Name: t, Score: ResourceRanker.Score(new Resource("", t.Replace('-', ' '), new Uri("https://tag.invalid/"), "", [], "", "", null, ResourceOrigin.Curated), words, queryText)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Name, StringComparer.Ordinal);
        return titles.Select(x => x.Name).Concat(tagMatches.Select(x => x.Name))
            .Select(name => new ResourceSuggestion(Clip(name), Clip(name)))
            .DistinctBy(s => s.Value, StringComparer.OrdinalIgnoreCase)
            .Take(ResourceLimits.MaxSuggestions)
            .ToList();
    }

    /// <summary>The server's own entries matching what a moderator typed, for choosing one to edit or remove (value = id).</summary>
    public IReadOnlyList<ResourceSuggestion> SuggestServerEntries(ulong guildId, string? typed)
    {
        var words = SearchWords.Split(typed);
        var queryText = string.Join(' ', words);
        return _store.ForGuild(guildId)
            .Select(g => g.ToResource())
            .Select(r => (Resource: r, Score: words.Length == 0 ? 1 : ResourceRanker.Score(r, words, queryText)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Resource.Title, StringComparer.OrdinalIgnoreCase)
            .Take(ResourceLimits.MaxSuggestions)
            .Select(x => new ResourceSuggestion(Clip(x.Resource.Title), x.Resource.Id))
            .ToList();
    }

    /// <summary>Adds an entry to a server's library after checking it.</summary>
    public ResourceChange Add(ulong guildId, ulong moderatorId, ResourceDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problem = Check(draft, out var tags);
        if (problem is not null) return new ResourceChange(false, $"{problem} {NothingSaved}", null);
        if (_store.CountForGuild(guildId) >= _maxServerEntries)
            return new ResourceChange(false, $"This server already has {_maxServerEntries} resources, the most it can keep. Remove one first. {NothingSaved}", null);
        var url = draft.Url!.Trim();
        var existing = _store.ForGuild(guildId).FirstOrDefault(r => SameUrl(r.Url, url));
        if (existing is not null)
            return new ResourceChange(false, $"That link is already in this server's library as \"{existing.Title}\". {NothingSaved}", null);

        var stored = _store.Add(new GuildResource
        {
            GuildId = guildId,
            Title = draft.Title!.Trim(),
            Url = url,
            Summary = draft.Summary!.Trim(),
            Tags = [.. tags],
            AddedBy = moderatorId,
            AddedAtUtc = _time.GetUtcNow().UtcDateTime,
        });
        LogAdded(_log, guildId, moderatorId);
        return new ResourceChange(true, $"Added \"{stored.Title}\" to this server's resources.", stored.ToResource());
    }

    /// <summary>Replaces one of the server's entries; curated entries cannot be edited.</summary>
    public ResourceChange Edit(ulong guildId, ulong moderatorId, string id, ResourceDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!TryFindOwn(guildId, id, out var existing, out var notFound)) return new ResourceChange(false, $"{notFound} {NothingChanged}", null);
        var problem = Check(draft, out var tags);
        if (problem is not null) return new ResourceChange(false, $"{problem} {NothingSaved}", null);
        var url = draft.Url!.Trim();
        var clash = _store.ForGuild(guildId).FirstOrDefault(r => r.Id != existing.Id && SameUrl(r.Url, url));
        if (clash is not null)
            return new ResourceChange(false, $"That link is already in this server's library as \"{clash.Title}\". {NothingSaved}", null);

        var updated = existing with
        {
            Title = draft.Title!.Trim(),
            Url = url,
            Summary = draft.Summary!.Trim(),
            Tags = [.. tags],
            UpdatedBy = moderatorId,
            UpdatedAtUtc = _time.GetUtcNow().UtcDateTime,
        };
        if (!_store.Update(updated)) return new ResourceChange(false, $"That resource was removed in the meantime. {NothingSaved}", null);
        LogEdited(_log, guildId, moderatorId);
        return new ResourceChange(true, $"Updated \"{updated.Title}\".", updated.ToResource());
    }

    /// <summary>Removes one of the server's entries; curated entries cannot be removed.</summary>
    public ResourceChange Remove(ulong guildId, ulong moderatorId, string id)
    {
        if (!TryFindOwn(guildId, id, out var existing, out var notFound)) return new ResourceChange(false, $"{notFound} {NothingChanged}", null);
        if (!_store.Delete(guildId, existing.Id)) return new ResourceChange(false, $"That resource was already removed. {NothingChanged}", null);
        LogRemoved(_log, guildId, moderatorId);
        return new ResourceChange(true, $"Removed \"{existing.Title}\" from this server's resources.", existing.ToResource());
    }

    /// <summary>The server's own entries (not the curated ones), oldest first, for export.</summary>
    public IReadOnlyList<Resource> Export(ulong guildId) => _store.ForGuild(guildId).Select(r => r.ToResource()).ToList();

    private IEnumerable<Resource> All(ulong? guildId) =>
        guildId is { } id ? _catalog.Resources.Concat(_store.ForGuild(id).Select(r => r.ToResource())) : _catalog.Resources;

    private bool TryFindOwn(ulong guildId, string? id, out GuildResource found, out string notFound)
    {
        found = null!;
        if (id is not null && id.StartsWith("c:", StringComparison.Ordinal))
        {
            notFound = "That one is from the bot's curated library, which servers can't change; you can add your own entries instead.";
            return false;
        }

        notFound = "I couldn't find that resource in this server's library; pick one from the list as you type.";
        if (string.IsNullOrWhiteSpace(id) || id.Length != 24 || !id.All(char.IsAsciiHexDigit)) return false;
        var stored = _store.Get(guildId, new ObjectId(id));
        if (stored is null) return false;
        found = stored;
        return true;
    }

    private static string? Check(ResourceDraft draft, out List<string> tags)
    {
        tags = ResourceRules.NormalizeTags(draft.Tags?.SelectMany(t => (t ?? "").Split(',')));
        return ResourceRules.Problem(draft.Title, draft.Url, draft.Summary, tags);
    }

    private static bool SameUrl(string a, string b) =>
        string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private string? ResolveTopic(ulong? guildId, string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic)) return null;
        var trimmed = topic.Trim();
        var known = Topics.FirstOrDefault(t => string.Equals(t.Tag, trimmed, StringComparison.OrdinalIgnoreCase) || string.Equals(t.Label, trimmed, StringComparison.OrdinalIgnoreCase));
        if (known is not null) return known.Tag;
        var tag = ResourceRules.NormalizeTags([trimmed]).FirstOrDefault();
        return tag is not null && All(guildId).Any(r => r.Tags.Contains(tag, StringComparer.Ordinal)) ? tag : null;
    }

    private static string Clip(string text) => text.Length <= 100 ? text : text[..99] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Resource added in {GuildId} by {ModeratorId}")]
    private static partial void LogAdded(ILogger logger, ulong guildId, ulong moderatorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resource edited in {GuildId} by {ModeratorId}")]
    private static partial void LogEdited(ILogger logger, ulong guildId, ulong moderatorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resource removed in {GuildId} by {ModeratorId}")]
    private static partial void LogRemoved(ILogger logger, ulong guildId, ulong moderatorId);
}
