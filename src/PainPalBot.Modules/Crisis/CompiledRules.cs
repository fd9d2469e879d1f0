namespace PainPalBot.Modules.Crisis;

/// <summary>The concept files and the rule file compiled into what <see cref="CrisisDetector"/> reads per message.</summary>
internal sealed class CompiledRules
{
    /// <summary>Each language's phrases, matched one language at a time.</summary>
    public required LanguageLexicon[] Lexicons { get; init; }

    /// <summary>Concept names by id.</summary>
    public required string[] ConceptNames { get; init; }

    /// <summary>Per concept: may not be skipped between two parts of a rule.</summary>
    public required bool[] IsBlocker { get; init; }

    /// <summary>Ordered rules by the concept of their first slot.</summary>
    public required ConceptRule[][] OrderedByFirst { get; init; }

    /// <summary>Rules whose concepts may come in any order.</summary>
    public required ConceptRule[] Unordered { get; init; }

    /// <summary>Every rule by index (hits point here).</summary>
    public required ConceptRule[] All { get; init; }

    /// <summary>The contexts that take risk away.</summary>
    public required ConceptContext[] Contexts { get; init; }

    /// <summary>Family names by id.</summary>
    public required string[] Families { get; init; }

    /// <summary>Suicide or self-harm, by family id.</summary>
    public required CrisisCategory[] FamilyCategories { get; init; }

    /// <summary>The negation concept.</summary>
    public required int Negation { get; init; }

    /// <summary>How many words may stand between a negation and what it negates.</summary>
    public required int NegationReach { get; init; }

    /// <summary>The concept "the writer" (I, me, je, ich).</summary>
    public required int Self { get; init; }

    /// <summary>The concept "someone else" (she, my friend, mi amiga).</summary>
    public required int Other { get; init; }

    /// <summary>What is left of a rule about someone else.</summary>
    public required double OtherFactor { get; init; }

    /// <summary>Concrete phrases the concept files expanded to.</summary>
    public int PhraseCount => Lexicons.Sum(l => l.PhraseCount);

    /// <summary>Compiled rule variants.</summary>
    public int RuleCount => All.Length;
}
