using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PainPalBot.Modules.Resources;

namespace PainPalBot.Modules.Tests.Resources;

public sealed class ResourceServiceTests : IDisposable
{
    private const ulong Guild = 111;
    private const ulong OtherGuild = 222;
    private const ulong Moderator = 42;

    private static readonly ResourceCatalog Shipped = ResourceCatalog.Load(Path.Combine(AppContext.BaseDirectory, "config", "resources.json"));

    private readonly TempLiteDatabase _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero));

    private ResourceService Service(ResourceCatalog? catalog = null, int maxEntries = 200) =>
        new(catalog ?? Shipped, new GuildResourceStore(_db.Database), _time, Options.Create(new ResourceOptions { MaxServerEntries = maxEntries }), NullLogger<ResourceService>.Instance);

    private static ResourceDraft Draft(string title = "Our flare kit checklist", string url = "https://example.org/flare-kit", string summary = "What to keep ready for a flare.", params string[] tags) =>
        new(title, url, summary, tags.Length == 0 ? ["flare-plan"] : tags);

    private static ResourceCatalog Catalog(params (string Title, string Summary, string[] Tags)[] entries) =>
        ResourceCatalog.Parse($$"""{ "resources": [ {{string.Join(",", entries.Select((e, i) =>
            $$"""{ "title": "{{e.Title}}", "url": "https://example.org/{{i}}", "summary": "{{e.Summary}}", "tags": [{{string.Join(",", e.Tags.Select(t => $"\"{t}\""))}}], "region": "global", "source": "Test", "reviewed": "2026-11-25" }"""))}} ] }""");

    [Fact]
    public void Title_match_ranks_above_tag_match_above_summary_match()
    {
        var catalog = Catalog(
            ("Gentle stretches", "Mentions sleep in passing.", ["movement"]),
            ("Bedtime routine", "Winding down.", ["sleep"]),
            ("Sleep better with pain", "Practical steps.", ["rest"]));

        var page = Service(catalog).Search(null, "sleep");

        Assert.Equal(["Sleep better with pain", "Bedtime routine", "Gentle stretches"], page.Items.Select(r => r.Title));
    }

    [Fact]
    public void Word_starts_and_typos_still_find_the_entry()
    {
        var service = Service();

        Assert.Equal("Fibromyalgia (NHS)", service.Search(null, "fibro").Items[0].Title);
        Assert.Equal("Fibromyalgia (NHS)", service.Search(null, "fibromyalga").Items[0].Title);
        Assert.Contains(service.Search(null, "endometriossis").Items, r => r.Title == "Endometriosis UK");
        Assert.Equal("Pain Toolkit", service.Search(null, "pain toolkit").Items[0].Title);
    }

    [Fact]
    public void Accented_titles_are_found_typed_without_accents_and_the_other_way_round()
    {
        var catalog = Catalog(
            ("Dolor crónico: guía para pacientes", "Vivir con dolor.", ["understanding-pain"]),
            ("Vivre avec la fibromyalgie", "Conseils pratiques.", ["fibromyalgia"]),
            ("Smärtskola i Ørebro", "Kurs.", ["pacing"]));
        var service = Service(catalog);

        Assert.Equal("Dolor crónico: guía para pacientes", service.Search(null, "dolor cronico guia").Items[0].Title);
        Assert.Equal("Vivre avec la fibromyalgie", service.Search(null, "vívre avéc").Items[0].Title);
        Assert.Equal("Smärtskola i Ørebro", service.Search(null, "orebro").Items[0].Title);
        Assert.Contains(service.Autocomplete(null, "cronico"), s => s.Value == "Dolor crónico: guía para pacientes");
    }

    [Fact]
    public void Results_are_paged_five_at_a_time_with_a_page_count()
    {
        var service = Service();

        var first = service.Search(null);
        var last = service.Search(null, page: 999);

        Assert.Equal(5, first.Items.Count);
        Assert.Equal(Shipped.Resources.Count, first.TotalCount);
        Assert.Equal((Shipped.Resources.Count + 4) / 5, first.PageCount);
        Assert.Equal(first.PageCount, last.Page);
        Assert.Contains($"page 1 of {first.PageCount}", first.Message, StringComparison.Ordinal);
        var all = Enumerable.Range(1, first.PageCount).SelectMany(p => service.Search(null, page: p).Items).Select(r => r.Id).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(Shipped.Resources.Count, all.Count);
    }

    [Fact]
    public void Topic_filters_by_tag_or_label()
    {
        var service = Service();

        var byTag = service.Search(null, topic: "work");
        var byLabel = service.Search(null, topic: "Flare plans");

        Assert.All(byTag.Items, r => Assert.Contains("work", r.Tags));
        Assert.All(byLabel.Items, r => Assert.Contains("flare-plan", r.Tags));
        Assert.NotEmpty(byLabel.Items);
        Assert.Contains("no topic called", service.Search(null, topic: "cheese").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_found_gets_a_kind_hint()
    {
        var page = Service().Search(null, "xylophone");

        Assert.Empty(page.Items);
        Assert.Equal(1, page.PageCount);
        Assert.StartsWith("Nothing matched \"xylophone\". Try a shorter word", page.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Autocomplete_suggests_titles_and_tags_at_most_25()
    {
        var service = Service();

        var empty = service.Autocomplete(Guild, "");
        var migraine = service.Autocomplete(Guild, "migr");
        var neuro = service.Autocomplete(Guild, "neuro");

        Assert.InRange(empty.Count, 1, 25);
        Assert.InRange(migraine.Count, 1, 25);
        Assert.Contains(migraine, s => s.Value == "Migraine (NHS)");
        Assert.Contains(migraine, s => s.Value == "migraine");
        Assert.Contains(neuro, s => s.Value == "neuropathy");
        Assert.All(empty.Concat(migraine), s => Assert.InRange(s.Name.Length, 1, 100));
    }

    [Fact]
    public void A_server_entry_is_searched_with_the_curated_ones_only_in_that_server()
    {
        var service = Service();
        var added = service.Add(Guild, Moderator, Draft());

        Assert.True(added.Saved);
        Assert.Equal("Our flare kit checklist", service.Search(Guild, "flare kit").Items[0].Title);
        Assert.DoesNotContain(service.Search(OtherGuild, "flare kit").Items, r => r.Origin == ResourceOrigin.Server);
        Assert.DoesNotContain(service.Search(null, "flare kit").Items, r => r.Origin == ResourceOrigin.Server);
        Assert.Contains(service.Autocomplete(Guild, "flare k"), s => s.Value == "Our flare kit checklist");
        Assert.Equal(Shipped.Resources.Count + 1, service.Search(Guild).TotalCount);
    }

    [Fact]
    public void Non_https_links_are_refused_kindly_and_nothing_is_saved()
    {
        var service = Service();

        var result = service.Add(Guild, Moderator, Draft(url: "http://example.org/flare-kit"));

        Assert.False(result.Saved);
        Assert.Equal("Links must start with https://. Nothing was saved.", result.Message);
        Assert.Empty(service.Export(Guild));
    }

    [Theory]
    [InlineData(101, 10, 1, 10, "The title can be at most 100 characters (this one has 101). Nothing was saved.")]
    [InlineData(10, 301, 1, 10, "The summary can be at most 300 characters (this one has 301). Nothing was saved.")]
    [InlineData(10, 10, 6, 10, "A resource can have at most 5 tags (this one has 6). Nothing was saved.")]
    [InlineData(10, 10, 1, 31, "Tags can be at most 30 characters;")]
    [InlineData(0, 10, 1, 10, "Every resource needs a title. Nothing was saved.")]
    [InlineData(10, 0, 1, 10, "Every resource needs a one-line summary. Nothing was saved.")]
    public void Lengths_are_checked(int titleLength, int summaryLength, int tagCount, int tagLength, string message)
    {
        var tags = Enumerable.Range(0, tagCount).Select(i => new string((char)('a' + i), tagLength)).ToArray();

        var result = Service().Add(Guild, Moderator, Draft(new string('t', titleLength), "https://example.org/x", new string('s', summaryLength), tags));

        Assert.False(result.Saved);
        Assert.StartsWith(message, result.Message, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was saved.", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_typed_with_commas_are_split_and_tidied()
    {
        var result = Service().Add(Guild, Moderator, new ResourceDraft("Title", "https://example.org/t", "Summary", ["Flare Plan, sleep", " SLEEP "]));

        Assert.Equal(["flare-plan", "sleep"], result.Resource!.Tags);
    }

    [Fact]
    public void The_same_link_twice_and_too_many_entries_are_refused()
    {
        var service = Service(maxEntries: 2);
        service.Add(Guild, Moderator, Draft());

        var twice = service.Add(Guild, Moderator, Draft(title: "Again", url: "https://EXAMPLE.org/flare-kit/"));
        service.Add(Guild, Moderator, Draft(title: "Second", url: "https://example.org/second"));
        var third = service.Add(Guild, Moderator, Draft(title: "Third", url: "https://example.org/third"));

        Assert.Equal("That link is already in this server's library as \"Our flare kit checklist\". Nothing was saved.", twice.Message);
        Assert.False(third.Saved);
        Assert.Contains("most it can keep", third.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Moderators_edit_and_remove_their_server_entries_with_times_from_the_clock()
    {
        var service = Service();
        var added = service.Add(Guild, Moderator, Draft()).Resource!;
        _time.Advance(TimeSpan.FromHours(2));

        var edited = service.Edit(Guild, 43, added.Id, Draft(title: "Flare kit v2", tags: ["flare-plan", "kit"]));
        var stored = new GuildResourceStore(_db.Database).ForGuild(Guild).Single();
        var elsewhere = service.Remove(OtherGuild, Moderator, added.Id);
        var removed = service.Remove(Guild, Moderator, added.Id);

        Assert.True(edited.Saved);
        Assert.Equal("Flare kit v2", stored.Title);
        Assert.Equal(new DateTime(2026, 11, 25, 20, 0, 0, DateTimeKind.Utc), stored.AddedAtUtc);
        Assert.Equal(new DateTime(2026, 11, 25, 22, 0, 0, DateTimeKind.Utc), stored.UpdatedAtUtc);
        Assert.Equal(43UL, stored.UpdatedBy);
        Assert.False(elsewhere.Saved);
        Assert.True(removed.Saved);
        Assert.Empty(service.Export(Guild));
    }

    [Fact]
    public void Curated_entries_are_read_only()
    {
        var service = Service();
        var curated = Shipped.Resources[0].Id;

        var edit = service.Edit(Guild, Moderator, curated, Draft());
        var remove = service.Remove(Guild, Moderator, curated);
        var unknown = service.Remove(Guild, Moderator, "not-an-id");

        Assert.False(edit.Saved);
        Assert.Contains("curated library", edit.Message, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was changed.", remove.Message, StringComparison.Ordinal);
        Assert.Contains("couldn't find", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(Shipped.Resources.Count, ResourceCatalog.Load(Path.Combine(AppContext.BaseDirectory, "config", "resources.json")).Resources.Count);
    }

    [Fact]
    public void Export_returns_only_the_server_entries()
    {
        var service = Service();
        service.Add(Guild, Moderator, Draft());
        service.Add(Guild, Moderator, Draft(title: "Second", url: "https://example.org/second"));
        service.Add(OtherGuild, Moderator, Draft(title: "Elsewhere", url: "https://example.org/else"));

        var export = service.Export(Guild);

        Assert.Equal(["Our flare kit checklist", "Second"], export.Select(r => r.Title));
        Assert.All(export, r => Assert.Equal(ResourceOrigin.Server, r.Origin));
        Assert.Equal(2, service.SuggestServerEntries(Guild, "").Count);
        Assert.Equal("Second", Assert.Single(service.SuggestServerEntries(Guild, "secon")).Name);
    }

    [Fact]
    public void Personal_data_lists_and_forgets_a_moderator()
    {
        var service = Service();
        service.Add(Guild, Moderator, Draft());
        var data = new GuildResourcePersonalData(new GuildResourceStore(_db.Database));

        var export = data.Export(Moderator);
        var deleted = data.Delete(Moderator);

        Assert.Equal("server_resources", export.Name);
        Assert.Equal("Our flare kit checklist", Assert.Single(export.Rows)[1]);
        Assert.Equal(1, deleted);
        Assert.Empty(data.Export(Moderator).Rows);
        Assert.Single(service.Export(Guild));
    }

    public void Dispose() => _db.Dispose();
}
