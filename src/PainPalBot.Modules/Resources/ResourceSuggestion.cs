namespace PainPalBot.Modules.Resources;

/// <summary>One autocomplete choice: the label shown and the value sent back (both at most 100 characters).</summary>
/// <param name="Name">What the person sees.</param>
/// <param name="Value">What the option receives.</param>
public sealed record ResourceSuggestion(string Name, string Value);
