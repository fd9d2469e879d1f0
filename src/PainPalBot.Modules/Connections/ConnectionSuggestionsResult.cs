namespace PainPalBot.Modules.Connections;

/// <summary>The answer to <c>/connect find</c>: a message listing up to three unnamed suggestions.</summary>
/// <param name="Message">The text for the person (ephemeral).</param>
/// <param name="Suggestions">Best first; render buttons with <see cref="ConnectionComponents.ForSuggestions"/>.</param>
public sealed record ConnectionSuggestionsResult(string Message, IReadOnlyList<SuggestedMember> Suggestions);
