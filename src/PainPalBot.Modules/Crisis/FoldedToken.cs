namespace PainPalBot.Modules.Crisis;

/// <summary>One token of folded text: where its characters are in the fold buffer, its sentence, and its comma-separated part of it.</summary>
internal readonly record struct FoldedToken(int Start, int Length, int Clause, int Segment);
