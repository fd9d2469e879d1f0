using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PainPalBot.Modules.Crisis;

namespace PainPalBot.Modules.Tests.Crisis;

public sealed class CrisisSignpostTests
{
    private static readonly HelplineDirectory Directory = HelplineDirectory.Load(TestData.HelplinesPath);

    // Safe messaging: nothing that promises secrecy, diagnoses, or talks about means (whole words, so "Secretaría" is fine).
    private static readonly Regex Banned = new(@"\b(confidential\w*|secret|secrecy|anonymous\w*|won't tell|diagnos\w*|method\w*|overdos\w*|pills?)\b", RegexOptions.IgnoreCase);

    private static CrisisSignpost Signpost(CrisisOptions? options = null) => new(Directory, Options.Create(options ?? new CrisisOptions()));

    [Fact]
    public void Known_country_gets_emergency_number_helplines_directory_and_source()
    {
        var result = Signpost().ForCountry("UK");

        Assert.True(result.CountryFound);
        Assert.Equal("GB", result.CountryCode);
        Assert.Contains("999", result.EmergencyLine, StringComparison.Ordinal);
        Assert.Contains(result.Helplines, h => h.Phone == "116 123");
        Assert.Contains("Samaritans: call 116 123 (24/7)", result.Text, StringComparison.Ordinal);
        Assert.Contains("findahelpline.com", result.Text, StringComparison.Ordinal);
        Assert.Contains("last checked", result.SourceLine, StringComparison.Ordinal);
        Assert.Empty(result.CountryChoices);
    }

    [Fact]
    public void Call_and_text_on_one_number_read_as_one_way()
    {
        var result = Signpost().ForCountry("US");

        Assert.Contains("988 Suicide & Crisis Lifeline: call or text 988 (24/7)", result.Text, StringComparison.Ordinal);
        Assert.Contains("Crisis Text Line: text HOME to 741741 (24/7)", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_at_most_three_helplines_and_offers_the_rest_as_more()
    {
        var signpost = Signpost();
        var crowded = Directory.Countries.First(c => c.Helplines.Count > 3 || c.Code == "AU");

        var result = signpost.ForCountry(crowded.Code);
        var more = signpost.MoreFor(crowded.Code);

        Assert.True(result.Helplines.Count <= 3);
        Assert.Equal(crowded.Helplines.Count, result.Helplines.Count + more.Count);
        Assert.Equal(more.Count, result.MoreCount);

        var two = Signpost(new CrisisOptions { HelplinesShown = 2 });
        Assert.Equal(2, two.ForCountry("AU").Helplines.Count);
        Assert.Equal("Kids Helpline (ages 5 to 25)", Assert.Single(two.MoreFor("AU")).Name);
        Assert.Contains("1 more helpline for Australia available.", two.ForCountry("AU").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Narnia")]
    public void Unknown_country_gets_a_kind_answer_with_directories_and_a_country_select(string? country)
    {
        var result = Signpost().ForCountry(country);

        Assert.False(result.CountryFound);
        Assert.Equal(CrisisSignpost.OpeningSentence, result.Lines[0]);
        Assert.Contains("emergency number", result.EmergencyLine, StringComparison.Ordinal);
        Assert.Contains("findahelpline.com", result.Text, StringComparison.Ordinal);
        Assert.InRange(result.CountryChoices.Count, 1, 25);
        Assert.Equal("US", result.CountryChoices[0].Code);
        Assert.Empty(Signpost().MoreFor(country));
    }

    [Fact]
    public void Country_with_no_vouched_helpline_still_gets_emergency_number_and_directories()
    {
        var result = Signpost().ForCountry("AR");

        Assert.True(result.CountryFound);
        Assert.Empty(result.Helplines);
        Assert.Contains("911", result.Text, StringComparison.Ordinal);
        Assert.Contains("findahelpline.com", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_answer_follows_safe_messaging_and_fits_one_message()
    {
        var signpost = Signpost();
        var answers = Directory.Countries.Select(c => signpost.ForCountry(c.Code)).Append(signpost.ForCountry("nowhere"));

        Assert.All(answers, answer =>
        {
            Assert.Contains("deserve support right now", answer.Text, StringComparison.Ordinal);
            Assert.Contains("now", answer.EmergencyLine, StringComparison.Ordinal);
            Assert.DoesNotMatch(Banned, answer.Text);
            Assert.True(answer.Text.Length < 2000, $"{answer.CountryCode}: {answer.Text.Length} characters");
        });
    }

    [Fact]
    public void Country_choices_fail_at_start_when_one_is_not_listed()
    {
        var options = new CrisisOptions { CountryChoices = ["US", "XK"] };

        var error = Assert.Throws<InvalidOperationException>(() => Signpost(options));

        Assert.Contains("'XK'", error.Message, StringComparison.Ordinal);
    }
}
