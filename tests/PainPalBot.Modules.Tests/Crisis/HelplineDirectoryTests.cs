using PainPalBot.Modules.Crisis;

namespace PainPalBot.Modules.Tests.Crisis;

public sealed class HelplineDirectoryTests
{
    private const string ValidCountry = """
        { "code": "GB", "name": "United Kingdom", "aliases": ["UK"], "emergency_number": "999",
          "helplines": [ { "name": "Samaritans", "phone": "116 123", "hours": "24/7", "languages": ["en"] } ],
          "source": "Samaritans", "verified": "2026-11-25" }
        """;

    private static string File(string countries) =>
        $$"""{ "directories": [ { "name": "Find A Helpline", "url": "https://findahelpline.com/" } ], "countries": [ {{countries}} ] }""";

    [Fact]
    public void Shipped_file_lists_at_least_25_countries_each_with_source_and_date()
    {
        var directory = HelplineDirectory.Load(TestData.HelplinesPath);

        Assert.True(directory.Countries.Count >= 25, $"only {directory.Countries.Count} countries");
        foreach (var code in new[] { "US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "ES", "IT", "NL", "BE", "SE", "NO", "DK", "FI", "PT", "CH", "AT", "PL", "MX", "BR", "AR", "IN", "ZA", "JP", "SG" })
            Assert.NotNull(directory.Find(code));
        Assert.All(directory.Countries, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Source));
            Assert.NotEqual(default, c.Verified);
            Assert.False(string.IsNullOrWhiteSpace(c.EmergencyNumber));
        });
        Assert.Contains(directory.Directories, d => d.Url.Host == "findahelpline.com");
    }

    [Fact]
    public void Long_stable_national_numbers_are_as_published()
    {
        var directory = HelplineDirectory.Load(TestData.HelplinesPath);

        Assert.Equal("988", directory.Find("US")!.Helplines[0].Phone);
        Assert.Equal("988", directory.Find("US")!.Helplines[0].Text);
        Assert.Equal("116 123", directory.Find("GB")!.Helplines[0].Phone);
        Assert.Equal("116 123", directory.Find("IE")!.Helplines[0].Phone);
        Assert.Equal("988", directory.Find("CA")!.Helplines[0].Phone);
        Assert.Equal("13 11 14", directory.Find("AU")!.Helplines[0].Phone);
        Assert.Equal("1737", directory.Find("NZ")!.Helplines[0].Phone);
        Assert.Equal("3114", directory.Find("FR")!.Helplines[0].Phone);
        Assert.Equal("024", directory.Find("ES")!.Helplines[0].Phone);
        Assert.Equal("0800 111 0 111", directory.Find("DE")!.Helplines[0].Phone);
        Assert.Equal("113", directory.Find("NL")!.Helplines[0].Phone);
    }

    [Theory]
    [InlineData("UK", "GB")]
    [InlineData("england", "GB")]
    [InlineData("U.K.", "GB")]
    [InlineData("USA", "US")]
    [InlineData("united states", "US")]
    [InlineData("Deutschland", "DE")]
    [InlineData("österreich", "AT")]
    [InlineData("Osterreich", "AT")]
    [InlineData("España", "ES")]
    [InlineData("espana", "ES")]
    [InlineData("nz", "NZ")]
    [InlineData(" fr ", "FR")]
    public void Finds_a_country_by_code_name_or_alias(string typed, string code)
    {
        var directory = HelplineDirectory.Load(TestData.HelplinesPath);

        Assert.Equal(code, directory.Find(typed)?.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Atlantis")]
    [InlineData("XX")]
    public void Unknown_country_is_not_found(string? typed)
    {
        var directory = HelplineDirectory.Load(TestData.HelplinesPath);

        Assert.False(directory.TryFind(typed, out _));
    }

    [Fact]
    public void A_valid_minimal_file_loads()
    {
        var directory = HelplineDirectory.Parse(File(ValidCountry));

        Assert.Equal("GB", Assert.Single(directory.Countries).Code);
    }

    [Fact]
    public void Rejects_a_country_without_a_source_naming_it()
    {
        var json = File(ValidCountry.Replace("\"source\": \"Samaritans\",", "", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => HelplineDirectory.Parse(json));

        Assert.Contains("(GB)", error.Message, StringComparison.Ordinal);
        Assert.Contains("no source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_country_without_a_verified_date_naming_it()
    {
        var json = File(ValidCountry.Replace(", \"verified\": \"2026-11-25\"", "", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => HelplineDirectory.Parse(json));

        Assert.Contains("(GB)", error.Message, StringComparison.Ordinal);
        Assert.Contains("no verified date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_badly_written_verified_date()
    {
        var json = File(ValidCountry.Replace("2026-11-25", "25/11/2026", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => HelplineDirectory.Parse(json));

        Assert.Contains("not yyyy-MM-dd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_unknown_country_code()
    {
        var json = File(ValidCountry.Replace("\"GB\"", "\"UK\"", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => HelplineDirectory.Parse(json));

        Assert.Contains("'UK' is not an ISO 3166-1 alpha-2 country code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_empty_emergency_number()
    {
        var json = File(ValidCountry.Replace("\"999\"", "\" \"", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => HelplineDirectory.Parse(json));

        Assert.Contains("(GB): no emergency number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_helpline_with_no_way_to_reach_it()
    {
        var json = File(ValidCountry.Replace("\"phone\": \"116 123\", ", "", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => HelplineDirectory.Parse(json));

        Assert.Contains("'Samaritans': needs a phone, text or chat_url", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_country_listed_twice_and_a_file_without_directories()
    {
        var twice = Assert.Throws<InvalidDataException>(() => HelplineDirectory.Parse(File(ValidCountry + "," + ValidCountry)));
        var noDirectory = Assert.Throws<InvalidDataException>(() => HelplineDirectory.Parse($$"""{ "countries": [ {{ValidCountry}} ] }"""));

        Assert.Contains("listed twice", twice.Message, StringComparison.Ordinal);
        Assert.Contains("no directories", noDirectory.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_broken_json_with_the_file_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => HelplineDirectory.Parse("{ not json", "helplines.json"));

        Assert.StartsWith("helplines.json is not valid JSON", error.Message, StringComparison.Ordinal);
    }
}
