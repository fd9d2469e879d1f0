using PainPalBot.Modules.Resources;

namespace PainPalBot.Modules.Tests.Resources;

public sealed class ResourceCatalogTests
{
    private static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "config", "resources.json");

    private const string Valid = """
        { "title": "Pain Toolkit", "url": "https://www.paintoolkit.org/", "summary": "Tools for living with pain.",
          "tags": ["pacing"], "region": "global", "source": "Pain Toolkit", "reviewed": "2026-11-25" }
        """;

    private static string File(params string[] entries) => $$"""{ "resources": [ {{string.Join(",", entries)}} ] }""";

    [Fact]
    public void Shipped_library_has_30_or_more_checked_entries_covering_every_topic()
    {
        var catalog = ResourceCatalog.Load(ShippedPath);

        Assert.True(catalog.Resources.Count >= 30, $"only {catalog.Resources.Count}");
        Assert.All(catalog.Resources, r =>
        {
            Assert.Equal("https", r.Url.Scheme);
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
            Assert.NotNull(r.Reviewed);
            Assert.InRange(r.Title.Length, 1, ResourceLimits.MaxTitleLength);
            Assert.InRange(r.Summary.Length, 1, ResourceLimits.MaxSummaryLength);
            Assert.InRange(r.Tags.Count, 1, ResourceLimits.MaxTags);
            Assert.Equal(ResourceOrigin.Curated, r.Origin);
        });
        foreach (var topic in new[] { "pacing", "sleep", "flare-plan", "movement", "mindfulness", "clinicians", "work", "benefits", "mental-health",
                     "fibromyalgia", "crps", "migraine", "endometriosis", "eds", "arthritis", "back-pain", "neuropathy" })
            Assert.Contains(catalog.Resources, r => r.Tags.Contains(topic));
        Assert.Equal(catalog.Resources.Count, catalog.Resources.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Every_topic_offered_has_entries()
    {
        var catalog = ResourceCatalog.Load(ShippedPath);

        Assert.All(ResourceService.Topics, t => Assert.Contains(catalog.Resources, r => r.Tags.Contains(t.Tag)));
        Assert.True(ResourceService.Topics.Count <= 25);
    }

    [Theory]
    [InlineData("Dolor crónico: guía para pacientes", "c:dolor-cronico-guia-para-pacientes")]
    [InlineData("Vivre avec la douleur, étape par étape", "c:vivre-avec-la-douleur-etape-par-etape")]
    // Only accents come off: letters with no ASCII base are dropped, as they always were, so no id changes.
    [InlineData("Smärtskola i Ørebro", "c:smartskola-i-rebro")]
    public void An_entry_without_an_id_gets_one_from_its_title_without_accents(string title, string id)
    {
        var catalog = ResourceCatalog.Parse(File(Valid.Replace("Pain Toolkit\", \"url", title + "\", \"url", StringComparison.Ordinal)));

        Assert.Equal(id, Assert.Single(catalog.Resources).Id);
    }

    [Fact]
    public void Rejects_an_entry_without_a_source_naming_it()
    {
        var error = Assert.Throws<InvalidDataException>(() => ResourceCatalog.Parse(File(Valid.Replace("\"source\": \"Pain Toolkit\",", "", StringComparison.Ordinal))));

        Assert.Contains("resource 1 (\"Pain Toolkit\"): no source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_entry_without_a_reviewed_date()
    {
        var error = Assert.Throws<InvalidDataException>(() => ResourceCatalog.Parse(File(Valid.Replace(", \"reviewed\": \"2026-11-25\"", "", StringComparison.Ordinal))));

        Assert.Contains("resource 1 (\"Pain Toolkit\"): no reviewed date", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://www.paintoolkit.org/")]
    [InlineData("ftp://www.paintoolkit.org/")]
    [InlineData("www.paintoolkit.org")]
    public void Rejects_a_link_that_is_not_https(string url)
    {
        var error = Assert.Throws<InvalidDataException>(() => ResourceCatalog.Parse(File(Valid.Replace("https://www.paintoolkit.org/", url, StringComparison.Ordinal))));

        Assert.Contains("Links must start with https://", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_every_problem_at_once()
    {
        var second = Valid.Replace("Pain Toolkit\", \"url", "Second\", \"url", StringComparison.Ordinal).Replace("\"reviewed\": \"2026-11-25\"", "\"reviewed\": \"soon\"", StringComparison.Ordinal);
        var third = Valid.Replace("\"tags\": [\"pacing\"]", "\"tags\": []", StringComparison.Ordinal).Replace("Pain Toolkit\", \"url", "Third\", \"url", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => ResourceCatalog.Parse(File(Valid, second, third)));

        Assert.Contains("2 problem(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Second\"): reviewed date 'soon'", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Third\"): needs at least one tag", error.Message, StringComparison.Ordinal);
    }
}
