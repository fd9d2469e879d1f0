namespace PainPalBot.Modules.Crisis;

/// <summary>A compiled phrase: what it does, its weight (risk) or factor (context), its category and reach.</summary>
internal readonly record struct PhraseEntry(PhraseKind Kind, double Value, CrisisCategory Category, bool MessageScope);
