namespace PainPalBot.Modules.Crisis;

/// <summary>One phrase found in a message: which entry, its token range [Start, End), and the clause and segment it starts in.</summary>
internal readonly record struct PhraseMatch(int Entry, int Start, int End, int Clause, int Segment);
