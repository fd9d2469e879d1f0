namespace PainPalBot.Discord.Interactions;

/// <summary>What an <see cref="AutocompleteHandler"/> returns: suggestions, or an error (answered with no suggestions).</summary>
public sealed class AutocompletionResult
{
    private AutocompletionResult(IReadOnlyList<AutocompleteResult> suggestions, string? errorReason)
    {
        Suggestions = suggestions;
        ErrorReason = errorReason;
    }

    /// <summary>Whether suggestions were made.</summary>
    public bool IsSuccess => ErrorReason is null;

    /// <summary>The suggestions (only the first 25 are sent).</summary>
    public IReadOnlyList<AutocompleteResult> Suggestions { get; }

    /// <summary>Why none could be made; logged, not shown.</summary>
    public string? ErrorReason { get; }

    /// <summary>No suggestions.</summary>
    public static AutocompletionResult FromSuccess() => new([], null);

    /// <summary>These suggestions.</summary>
    public static AutocompletionResult FromSuccess(IEnumerable<AutocompleteResult> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        return new([.. suggestions.Take(25)], null);
    }

    /// <summary>Suggestions could not be made.</summary>
    public static AutocompletionResult FromError(string reason) => new([], reason);
}
