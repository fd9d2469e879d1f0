using PainPalBot.Modules.Crisis;

namespace PainPalBot.Modules.Tests.Crisis;

public sealed class CrisisDetectorTests
{
    private static readonly CrisisDetector Detector = CrisisDetector.Load(TestData.PhrasesDirectory);

    [Theory]
    [InlineData("I want to die", CrisisCategory.Suicide)]
    [InlineData("I WANT TO DIEEEEE", CrisisCategory.Suicide)]
    [InlineData("i want to kil myself", CrisisCategory.Suicide)]
    [InlineData("kms", CrisisCategory.Suicide)]
    [InlineData("thinking about sewerslide", CrisisCategory.Suicide)]
    [InlineData("i want to unalive myself", CrisisCategory.Suicide)]
    [InlineData("I just want to end it all", CrisisCategory.Suicide)]
    [InlineData("I don’t want to be here anymore", CrisisCategory.Suicide)]
    [InlineData("everyone would be better off without me", CrisisCategory.Suicide)]
    [InlineData("there's no reason to live", CrisisCategory.Suicide)]
    [InlineData("cutting again tonight", CrisisCategory.SelfHarm)]
    [InlineData("quiero morir", CrisisCategory.Suicide)]
    [InlineData("me quiero matar", CrisisCategory.Suicide)]
    [InlineData("je veux mourir", CrisisCategory.Suicide)]
    [InlineData("j’ai envie d’en finir", CrisisCategory.Suicide)]
    [InlineData("Ich will sterben", CrisisCategory.Suicide)]
    [InlineData("ich will nicht mehr leben", CrisisCategory.Suicide)]
    [InlineData("ich möchte mich umbringen", CrisisCategory.Suicide)]
    [InlineData("ich moechte mich umbringen", CrisisCategory.Suicide)]
    public void Risk_language_is_a_crisis(string text, CrisisCategory category)
    {
        var assessment = Detector.Assess(text);

        Assert.True(assessment.IsCrisis, $"score {assessment.Score}");
        Assert.Equal(category, assessment.Category);
    }

    [Theory]
    [InlineData("this pain is killing me")]
    [InlineData("my back is killing me")]
    [InlineData("I'm not suicidal, just tired")]
    [InlineData("I was suicidal years ago, doing much better now")]
    [InlineData("killed myself laughing")]
    [InlineData("my character died")]
    [InlineData("dying to try that")]
    [InlineData("what can kill the pain?")]
    [InlineData("how do I help a friend who wants to die?")]
    [InlineData("the 988 helpline was kind to me when I called about my brother")]
    [InlineData("kys")]
    [InlineData("no quiero morir")]
    [InlineData("je ne veux pas mourir")]
    [InlineData("ich will nicht sterben")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂🙂")]
    public void Pain_community_speech_is_not_a_crisis(string text)
    {
        var assessment = Detector.Assess(text);

        Assert.False(assessment.IsCrisis, $"score {assessment.Score}");
    }

    [Theory]
    // The Spanish phrases are written without accents, the French and German ones with them; people type either way.
    [InlineData("ya no quiero estar aquí", "ya no quiero estar aqui", CrisisCategory.Suicide)]
    [InlineData("estarían mejor sin mí", "estarian mejor sin mi", CrisisCategory.Suicide)]
    [InlineData("no tengo ninguna razón para vivir", "no tengo ninguna razon para vivir", CrisisCategory.Suicide)]
    [InlineData("me volví a cortar", "me volvi a cortar", CrisisCategory.SelfHarm)]
    [InlineData("j'ai des idées suicidaires", "j'ai des idees suicidaires", CrisisCategory.Suicide)]
    [InlineData("j'ai plus envie d'être là", "j'ai plus envie d'etre la", CrisisCategory.Suicide)]
    [InlineData("je me suis scarifiée hier soir", "je me suis scarifiee hier soir", CrisisCategory.SelfHarm)]
    [InlineData("ich will mich töten", "ich will mich toten", CrisisCategory.Suicide)]
    [InlineData("ich fühle mich so selbstmordgefährdet", "ich fuhle mich so selbstmordgefahrdet", CrisisCategory.Suicide)]
    public void Risk_language_is_found_with_or_without_its_accents(string accented, string plain, CrisisCategory category)
    {
        var withAccents = Detector.Assess(accented);
        var without = Detector.Assess(plain);

        Assert.True(withAccents.IsCrisis, $"score {withAccents.Score}");
        Assert.Equal(category, withAccents.Category);
        Assert.Equal(withAccents, without);
    }

    [Fact]
    public void Accents_typed_as_separate_combining_marks_fold_the_same()
    {
        var composed = Detector.Assess("j'ai des idées suicidaires");
        var decomposed = Detector.Assess("j'ai des ide\u0301es suicidaires");

        Assert.True(composed.IsCrisis);
        Assert.Equal(composed, decomposed);
    }

    [Fact]
    public void A_negation_only_reaches_the_words_just_before()
    {
        Assert.False(Detector.Assess("I'm not going to kill myself").IsCrisis);
        Assert.True(Detector.Assess("I don't know why, but I want to kill myself").IsCrisis);
    }

    [Fact]
    public void A_new_sentence_or_but_ends_a_context()
    {
        Assert.False(Detector.Assess("I was suicidal years ago").IsCrisis);
        Assert.True(Detector.Assess("I was suicidal years ago but now I want to die again").IsCrisis);
        Assert.True(Detector.Assess("My character died lol. I want to die.").IsCrisis);
    }

    [Fact]
    public void The_assessment_carries_no_text_from_the_message()
    {
        const string message = "I want to kill myself tonight";

        var assessment = Detector.Assess(message);

        Assert.True(assessment.IsCrisis);
        Assert.DoesNotContain("kill", assessment.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tonight", assessment.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Long_messages_and_odd_characters_are_handled()
    {
        var padding = string.Concat(Enumerable.Repeat("flare day, heat pad and tea. ", 200));

        Assert.False(Detector.Assess(padding).IsCrisis);
        Assert.True(Detector.Assess("flare day. " + "I want to die").IsCrisis);
        Assert.True(Detector.Assess(new string('x', 5000) + " I want to die").Score == 0, "text past the limit is not read");
        Assert.False(Detector.Assess("\u0000\uD83D\uFFFF\u200B").IsCrisis);
        Assert.True(Detector.Assess("I\u200B want to die").IsCrisis);
        var busy = string.Concat(Enumerable.Repeat("my character died to the boss lol. ", 90)) + "I want to die.";
        Assert.True(Detector.Assess(busy).IsCrisis, "risk at the end of a long, busy message is still found");
    }

    [Fact]
    public void The_score_rises_with_more_risk_language()
    {
        var one = Detector.Assess("I feel hopeless");
        var more = Detector.Assess("I feel hopeless and I want to die");

        Assert.False(one.IsCrisis);
        Assert.True(more.Score > one.Score);
    }

    [Fact]
    public void Every_shipped_language_loads()
    {
        Assert.Equal(["de", "en", "es", "fr"], Detector.Languages.Order());
        Assert.True(Detector.PhraseCount > 500, $"{Detector.PhraseCount} phrases");
    }

    [Fact]
    public void Bad_phrase_files_are_rejected_naming_the_entry()
    {
        const string json = """
            { "language": "en",
              "risk": [ { "pattern": "want to (die", "weight": 0.9, "category": "suicide" },
                        { "pattern": "kill myself", "weight": 1.5, "category": "suicide" },
                        { "pattern": "hurt myself", "weight": 0.5, "category": "sadness" },
                        { "pattern": "* alone", "weight": 0.5, "category": "suicide" } ],
              "contexts": [ { "pattern": "lol", "factor": 2 } ] }
            """;

        var error = Assert.Throws<InvalidDataException>(() => CrisisDetector.Parse([("en.json", json)]));

        Assert.Contains("en.json risk 1 'want to (die': missing ')'", error.Message, StringComparison.Ordinal);
        Assert.Contains("en.json risk 2 'kill myself': weight", error.Message, StringComparison.Ordinal);
        Assert.Contains("en.json risk 3 'hurt myself': category", error.Message, StringComparison.Ordinal);
        Assert.Contains("en.json risk 4 '* alone': a pattern cannot start or end with a wildcard", error.Message, StringComparison.Ordinal);
        Assert.Contains("en.json context 1 'lol': factor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Patterns_expand_groups_options_and_wildcards()
    {
        const string json = """
            { "language": "en",
              "risk": [ { "pattern": "i [really|just] (want|wanna) to * away", "weight": 0.9, "category": "suicide" } ] }
            """;
        var detector = CrisisDetector.Parse([("en.json", json)]);

        Assert.True(detector.Assess("I really wanna to fade away").IsCrisis);
        Assert.True(detector.Assess("i want to slip away").IsCrisis);
        Assert.True(detector.Assess("i wanna drift away").IsCrisis);
        Assert.False(detector.Assess("i want to go").IsCrisis);
        Assert.Equal(9, detector.PhraseCount); // 3 × 2, plus "wanna" without "to" for each of the 3

    }
}
