using PainPalBot.Modules.Crisis;

namespace PainPalBot.Modules.Tests.Crisis;

/// <summary>
/// The shipped concepts and rules on short messages: the families of risk, what takes risk away, the four languages,
/// and the text handling around them. Each case is a way of saying something, not a line from a corpus.
/// </summary>
public sealed class CrisisDetectorTests
{
    private static readonly CrisisDetector Detector = CrisisDetector.Load(TestData.PhrasesDirectory);

    [Theory]
    // Explicit, and wanting to die or not to live.
    [InlineData("I want to die", CrisisCategory.Suicide)]
    [InlineData("I WANT TO DIEEEEE", CrisisCategory.Suicide)]
    [InlineData("i want to kil myself", CrisisCategory.Suicide)]
    [InlineData("thinking about sewerslide", CrisisCategory.Suicide)]
    [InlineData("i want to unalive myself", CrisisCategory.Suicide)]
    [InlineData("I don’t want to be here anymore", CrisisCategory.Suicide)]
    [InlineData("i've been feeling suicidal all week", CrisisCategory.Suicide)]
    [InlineData("there's no reason to live", CrisisCategory.Suicide)]
    // Passive: death as relief, not waking up.
    [InlineData("honestly hoping i just don't wake up tomorrow", CrisisCategory.Suicide)]
    [InlineData("if a bus hit me i'd be relieved", CrisisCategory.Suicide)]
    // Plan, time frame, means.
    [InlineData("i've decided. tonight after everyone's asleep", CrisisCategory.Suicide)]
    [InlineData("been saving up my tramadol for weeks", CrisisCategory.Suicide)]
    [InlineData("i keep thinking about jumping off the bridge near work", CrisisCategory.Suicide)]
    // Acts already done.
    [InlineData("took the whole box of my sleeping tablets an hour ago", CrisisCategory.Suicide)]
    // Goodbyes and final arrangements, without the word suicide.
    [InlineData("this is my last message. thank you all for everything", CrisisCategory.Suicide)]
    [InlineData("i've written letters to my kids and left them in the drawer", CrisisCategory.Suicide)]
    // Being a burden.
    [InlineData("everyone would be better off without me", CrisisCategory.Suicide)]
    // Self-harm, done and urged.
    [InlineData("cut again last night, deeper than usual", CrisisCategory.SelfHarm)]
    [InlineData("the urge to hurt myself is so bad right now", CrisisCategory.SelfHarm)]
    public void Risk_language_is_a_crisis(string text, CrisisCategory category)
    {
        var explanation = Detector.Explain(text);

        Assert.True(explanation.Assessment.IsCrisis, explanation.ToString());
        Assert.Equal(category, explanation.Assessment.Category);
    }

    [Theory]
    [InlineData("this pain is killing me")]
    [InlineData("my back is killing me today lol")]
    [InlineData("I'm not suicidal, just tired")]
    [InlineData("I was suicidal years ago, doing so much better now")]
    [InlineData("killed myself laughing at that video")]
    [InlineData("my character died again, that boss is brutal")]
    [InlineData("dying to try that new cafe")]
    [InlineData("how do I help a friend who wants to die?")]
    [InlineData("my friend says she wants to die and i'm scared for her")]
    [InlineData("I'd rather die than go back to that rheumatologist lol")]
    [InlineData("i want to die my hair purple")]
    [InlineData("the new update makes me want to die")]
    [InlineData("cut my finger chopping onions")]
    [InlineData("bye everyone, off to my infusion, see you tomorrow")]
    [InlineData("i used to self harm but i'm 5 years clean now")]
    [InlineData("my gp stopped my repeat because of overdose risk guidelines")]
    [InlineData("I'm done with this week, roll on monday")]
    [InlineData("if the pharmacy puts me on hold one more time i'm walking into the sea")]
    [InlineData("i'm ready to end this... call with my insurance company")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂🙂")]
    public void Pain_community_speech_is_not_a_crisis(string text)
    {
        var explanation = Detector.Explain(text);

        Assert.False(explanation.Assessment.IsCrisis, explanation.ToString());
    }

    [Theory]
    [InlineData("i want to die lol")]
    [InlineData("i want to die 😂")]
    [InlineData("kms fr this time, not joking")]
    public void A_laugh_after_a_death_wish_does_not_make_it_a_joke(string text) =>
        Assert.True(Detector.Assess(text).IsCrisis, Detector.Explain(text).ToString());

    [Theory]
    [InlineData("i want to die (joking obviously)")]
    [InlineData("kms the wifi just went down")]
    public void A_joke_that_says_it_is_one_or_chat_slang_alone_is_not_a_crisis(string text) =>
        Assert.False(Detector.Assess(text).IsCrisis, Detector.Explain(text).ToString());

    [Fact]
    public void A_negation_only_reaches_the_words_just_before()
    {
        Assert.False(Detector.Assess("I'm not going to kill myself").IsCrisis);
        Assert.True(Detector.Assess("I don't know why, but I want to kill myself").IsCrisis);
        Assert.True(Detector.Assess("not me planning my exit").IsCrisis, "'not me ...' is a way of saying 'me'");
    }

    [Fact]
    public void A_new_sentence_or_but_ends_a_clause_context()
    {
        Assert.False(Detector.Assess("I was suicidal years ago").IsCrisis);
        Assert.True(Detector.Assess("I was suicidal years ago but now I want to die again").IsCrisis);
        Assert.True(Detector.Assess("My character died lol. I want to die.").IsCrisis);
    }

    [Fact]
    public void The_assessment_and_the_explanation_carry_no_text_from_the_message()
    {
        // Concept names are English words ("desire", "timeframe"); the message's own words are not among them.
        const string message = "thinking about sewerslide tonight, got the tablets";

        var assessment = Detector.Assess(message);
        var explanation = Detector.Explain(message).ToString();

        Assert.True(assessment.IsCrisis);
        foreach (var word in new[] { "sewerslide", "tonight", "tablets", "thinking" })
        {
            Assert.DoesNotContain(word, assessment.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(word, explanation, StringComparison.OrdinalIgnoreCase);
        }
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
    public void Weak_signals_of_different_kinds_add_up()
    {
        var one = Detector.Assess("i'm such a burden");
        var both = Detector.Assess("i'm such a burden. i just want to disappear forever");

        Assert.False(one.IsCrisis);
        Assert.True(both.IsCrisis);
        Assert.True(both.Score > one.Score);
    }

    [Fact]
    public void Every_shipped_language_loads()
    {
        Assert.Equal(["de", "en", "es", "fr"], Detector.Languages.Order());
        Assert.True(Detector.PhraseCount > 5000, $"{Detector.PhraseCount} phrases");
        Assert.True(Detector.RuleCount > 100, $"{Detector.RuleCount} rules");
    }
}
