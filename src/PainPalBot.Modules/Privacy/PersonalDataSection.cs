namespace PainPalBot.Modules.Privacy;

/// <summary>One feature's records about a person: column names, and one row of values per record.</summary>
public sealed record PersonalDataSection(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);
