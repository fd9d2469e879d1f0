namespace PainPalBot.Modules.Crisis;

/// <summary>What a matched phrase does to the score.</summary>
internal enum PhraseKind
{
    /// <summary>Risk language; adds its weight.</summary>
    Risk,

    /// <summary>A negation just before risk language cancels it ("not", "nunca", "nicht").</summary>
    Negation,

    /// <summary>A context in the same clause (or message) scales risk down (past, games, humour, someone else).</summary>
    Context,
}
