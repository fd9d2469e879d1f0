namespace PainPalBot.Modules.Crisis;

/// <summary>
/// A compiled composition rule. Ordered rules need their <see cref="Slots"/> one after another in one clause, with at
/// most <see cref="Gap"/> unblocked words between two; unordered rules need every slot somewhere in the clause or message.
/// Each slot is a set of concept ids, any of which fills it; <see cref="ClauseEnd"/> as the last slot means "and nothing
/// after it in the sentence, or before the next comma".
/// </summary>
/// <param name="Index">Position in <see cref="CompiledRules.All"/>.</param>
/// <param name="Name">The rule as written, for explanations.</param>
/// <param name="Family">Family id.</param>
/// <param name="Weight">Risk it adds, above 0 and at most 1.</param>
/// <param name="Slots">Concept ids per slot.</param>
/// <param name="Ordered">True for a pattern, false for "all of these".</param>
/// <param name="MessageScope">For unordered rules: anywhere in the message rather than in one clause.</param>
/// <param name="Gap">Words that may stand between two slots of an ordered rule.</param>
/// <param name="NamesItsSubject">The rule itself names the writer ("kill myself", "without me"), so no subject check.</param>
internal sealed record ConceptRule(int Index, string Name, int Family, double Weight, int[][] Slots, bool Ordered, bool MessageScope, int Gap, bool NamesItsSubject)
{
    /// <summary>A slot that is filled by the end of the clause or segment.</summary>
    public const int ClauseEnd = -2;
}
