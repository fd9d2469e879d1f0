using PainPalBot.Modules.Crisis;

namespace PainPalBot.Modules.Tests.Crisis;

/// <summary>
/// How the detector composes concepts, on a small rule set written here (not the shipped one), so each test shows one
/// mechanism: order and gaps, negation, the subject, contexts, scoring and the errors a bad file gets.
/// </summary>
public sealed class ConceptRuleEngineTests
{
    private const string Lexicon = """
        { "language": "en", "clause_breaks": ["but"],
          "concepts": {
            "self": ["i", "im", "me", "no i"],
            "other": ["she", "my friend"],
            "neg": ["not", "dont", "no"],
            "desire": ["want", "wants", "wish"],
            "death": ["die", "dead"],
            "pills": ["pills", "tablets"],
            "saving": ["saving", "saved up"],
            "nobody": ["no one"],
            "past": ["years ago"],
            "joke": ["joking"],
            "serious": ["for real"],
            "goodbye": ["goodbye"],
            "thanks": ["thank you all"],
            "decided": ["decided"],
            "cared": ["would care"]
          } }
        """;

    private const string Rules = """
        { "families": { "ideation": "suicide", "means": "suicide", "goodbye": "suicide", "plan": "suicide" },
          "negation": "neg", "negation_reach": 2, "self": "self", "other": "other", "other_factor": 0.2,
          "gap": 2, "gap_blockers": ["neg", "other"],
          "rules": [
            { "family": "ideation", "weight": 0.9, "pattern": "desire death" },
            { "family": "means", "weight": 0.7, "all": ["saving", "pills"] },
            { "family": "goodbye", "weight": 0.8, "all": ["goodbye", "thanks"], "scope": "message" },
            { "family": "plan", "weight": 0.4, "pattern": "decided $" },
            { "family": "ideation", "weight": 0.3, "pattern": "nobody cared" }
          ],
          "contexts": [
            { "concept": "past", "factor": 0.1, "scope": "clause" },
            { "concept": "joke", "factor": 0.1, "scope": "message", "unless": "serious" }
          ] }
        """;

    private static readonly CrisisDetector Detector = CrisisDetector.Parse([("en.json", Lexicon), ("rules.json", Rules)]);

    [Theory]
    [InlineData("I want to die", true)]
    [InlineData("i want to just really die", false)]          // three words between: past the gap
    [InlineData("i want to die", true)]
    [InlineData("i want to not die", false)]                  // a negation may not be skipped
    [InlineData("i want my friend to die", false)]            // nor may someone else
    [InlineData("i want to live. i could die laughing", false)] // the parts must be in one clause
    public void An_ordered_rule_needs_its_concepts_in_order_in_one_clause(string text, bool alert) =>
        Assert.Equal(alert, Detector.Assess(text).IsCrisis);

    [Theory]
    [InlineData("I don't want to die", false)]
    [InlineData("no, i want to die", true)]                   // a comma ends a negation's reach
    [InlineData("not that i care but i want to die", true)]   // so does "but"
    [InlineData("i am not sure why i want to die", true)]     // three words between: past the negation's reach of 2
    public void A_negation_just_before_a_hit_cancels_it(string text, bool alert) =>
        Assert.Equal(alert, Detector.Assess(text).IsCrisis);

    [Fact]
    public void A_rule_about_someone_else_counts_for_less()
    {
        var friend = Detector.Explain("my friend says she wants to die");
        var mine = Detector.Explain("she says i want to die");

        Assert.False(friend.Assessment.IsCrisis);
        Assert.Contains("other", Assert.Single(friend.Rules, r => r.Rule == "desire death").Contexts);
        Assert.True(mine.Assessment.IsCrisis);
    }

    [Theory]
    [InlineData("saving my pills", true)]
    [InlineData("pills: i keep saving them", true)]           // any order in the clause
    [InlineData("saving money. pills are expensive", false)]  // but one clause
    [InlineData("not saving my pills", false)]                // each part unnegated
    public void An_unordered_rule_needs_every_slot_in_its_scope(string text, bool alert) =>
        Assert.Equal(alert, Detector.Assess(text).IsCrisis);

    [Fact]
    public void A_message_scoped_rule_reaches_across_sentences()
    {
        Assert.True(Detector.Assess("Goodbye. Thank you all.").IsCrisis);
        Assert.False(Detector.Assess("goodbye").IsCrisis);
    }

    [Fact]
    public void The_end_of_clause_anchor_needs_nothing_after()
    {
        Assert.Equal(0.4, Detector.Assess("I've decided.").Score, 3);
        Assert.Equal(0, Detector.Assess("I've decided to try yoga").Score);
    }

    [Fact]
    public void A_context_scales_risk_in_its_scope_and_a_negated_or_cancelled_one_does_not()
    {
        Assert.False(Detector.Assess("years ago i wish i was dead").IsCrisis);
        Assert.True(Detector.Assess("years ago it was bad. i want to die").IsCrisis, "the past is a clause context");
        Assert.False(Detector.Assess("i want to die, joking").IsCrisis);
        Assert.True(Detector.Assess("i want to die, not joking").IsCrisis, "a negated context says the opposite");
        Assert.True(Detector.Assess("joking aside, i want to die for real").IsCrisis, "unless: the message says it is serious");
    }

    [Fact]
    public void Overlapping_hits_of_a_family_count_once_and_separate_ones_combine()
    {
        var once = Detector.Assess("i want to die");
        var twice = Detector.Assess("i want to die. i wish i was dead.");
        var weak = Detector.Assess("i've decided.");
        var weakAndStrong = Detector.Assess("i've decided. saving my pills.");

        Assert.Equal(0.9, once.Score, 3);
        Assert.Equal(1 - 0.1 * 0.1, twice.Score, 3);
        Assert.Equal(1 - 0.6 * 0.3, weakAndStrong.Score, 3);
        Assert.False(weak.IsCrisis);
    }

    [Fact]
    public void A_longer_concept_on_the_same_word_wins_over_a_negation()
    {
        // The "no" of a reply ("no I want to die") is not a negation of what follows: "no i" is the writer.
        Assert.True(Detector.Assess("no i want to die").IsCrisis);
        Assert.False(Detector.Assess("no, dont want to die").IsCrisis);
        Assert.Equal(0.3, Detector.Assess("no one would care").Score, 3);
    }

    [Fact]
    public void An_explanation_names_concepts_and_rules_but_holds_no_text()
    {
        const string message = "i want to die, not joking";

        var explanation = Detector.Explain(message);
        var printed = explanation.ToString();

        Assert.Equal(["self", "desire", "death", "neg", "joke"], explanation.Concepts);
        Assert.Equal("desire death", Assert.Single(explanation.Rules).Rule);
        Assert.StartsWith("alert 0.90 [en]: ideation \"desire death\" 0.90", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("want", printed.Replace("desire", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("joking", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_files_are_rejected_naming_each_entry()
    {
        const string lexicon = """
            { "language": "en", "concepts": { "desire": ["want (to"], "death": ["die", "* dead"], "unused": ["x"] } }
            """;
        const string rules = """
            { "families": { "ideation": "suicide", "odd": "sadness" }, "negation": "neg", "self": "self", "other": "other",
              "rules": [
                { "family": "ideation", "weight": 1.5, "pattern": "desire death" },
                { "family": "nope", "weight": 0.5, "pattern": "desire" },
                { "family": "ideation", "weight": 0.5, "pattern": "$ death" },
                { "family": "ideation", "weight": 0.5, "pattern": "desire", "all": ["death"] }
              ],
              "contexts": [ { "concept": "death", "factor": 2 } ] }
            """;

        var error = Assert.Throws<InvalidDataException>(() => CrisisDetector.Parse([("en.json", lexicon), ("rules.json", rules)]));

        Assert.Contains("en.json concept 'desire' entry 1 'want (to': missing ')'", error.Message, StringComparison.Ordinal);
        Assert.Contains("en.json concept 'death' entry 2 '* dead': a pattern cannot start or end with a wildcard", error.Message, StringComparison.Ordinal);
        Assert.Contains("family 'odd': category must be \"suicide\" or \"self_harm\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("rules.json negation: unknown concept 'neg'", error.Message, StringComparison.Ordinal);
        Assert.Contains("rules.json rule 1 'desire death': weight must be above 0 and at most 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("rules.json rule 2 'desire': unknown family 'nope'", error.Message, StringComparison.Ordinal);
        Assert.Contains("rules.json rule 3 '$ death': '$' (end of clause) can only come last", error.Message, StringComparison.Ordinal);
        Assert.Contains("rules.json rule 4 'desire': give either a pattern or all, not both or neither", error.Message, StringComparison.Ordinal);
        Assert.Contains("rules.json context 1 'death': factor must be from 0 to below 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("concept 'unused' is defined but no rule or context uses it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_language_is_read_on_its_own_and_only_where_its_function_words_are()
    {
        // In this made-up second language "dead" is an ordinary word (as English "noose" folds to Spanish "no sé").
        const string other = """
            { "language": "xx", "markers": ["el", "y"], "concepts": { "self": ["yo"], "desire": ["quiero"], "death": ["morir"] } }
            """;
        const string english = """
            { "language": "en", "markers": ["the", "was"], "concepts": { "self": ["i"], "other": ["she"], "neg": ["not"], "desire": ["want", "wish"], "death": ["die", "dead"] } }
            """;
        const string rules = """
            { "families": { "ideation": "suicide" }, "negation": "neg", "self": "self", "other": "other",
              "rules": [ { "family": "ideation", "weight": 0.9, "pattern": "desire death" } ] }
            """;
        var detector = CrisisDetector.Parse([("en.json", english), ("xx.json", other), ("rules.json", rules)]);

        Assert.True(detector.Assess("i wish i was dead").IsCrisis);
        Assert.Equal("xx", detector.Explain("yo quiero morir y el dolor").Language);
        Assert.False(detector.Assess("quiero dead the el").IsCrisis, "no reading mixes two languages' words");
        Assert.True(detector.Assess("quiero morir").IsCrisis, "with no function word at all, every language is read");
    }

    [Fact]
    public void A_folder_without_a_rule_file_is_rejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => CrisisDetector.Parse([("en.json", Lexicon)]));

        Assert.Contains("no rules.json", error.Message, StringComparison.Ordinal);
    }
}
