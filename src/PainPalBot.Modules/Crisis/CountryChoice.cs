namespace PainPalBot.Modules.Crisis;

/// <summary>One option of the country select: the value is the ISO code.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code (the select value).</param>
/// <param name="Label">English name (the select label).</param>
public sealed record CountryChoice(string Code, string Label);
