namespace PainPalBot.Modules.Crisis;

/// <summary>A risk pattern with its weight (0 to 1] and category ("suicide" or "self_harm").</summary>
internal sealed record RiskPhraseDocument(string? Pattern, double? Weight, string? Category);
