namespace PainPalBot.Modules.Crisis;

/// <summary>
/// A compiled context: where <see cref="Concept"/> appears (in the clause, or anywhere in the message), risk of the families
/// it applies to is multiplied by <see cref="Factor"/>, unless the message also holds <see cref="Unless"/> ("not joking").
/// </summary>
internal sealed record ConceptContext(int Concept, double Factor, bool MessageScope, bool[] AppliesToFamily, int Unless);
