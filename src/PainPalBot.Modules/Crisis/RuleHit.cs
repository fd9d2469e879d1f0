namespace PainPalBot.Modules.Crisis;

/// <summary>One rule that matched a message: which rule, and the tokens [Start, End) it covered, in which clause and segment.</summary>
internal readonly record struct RuleHit(int Rule, int Start, int End, int Clause, int Segment);
