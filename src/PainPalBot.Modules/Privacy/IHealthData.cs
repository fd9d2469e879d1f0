namespace PainPalBot.Modules.Privacy;

/// <summary>
/// Marks a type that carries health data (scores, notes, mood). Such data never reaches a log:
/// the host's logger renders these types as <c>[health data]</c> when destructured, and each of
/// them overrides <c>ToString()</c> to print ids only (a test enforces both for every such type).
/// </summary>
public interface IHealthData;
