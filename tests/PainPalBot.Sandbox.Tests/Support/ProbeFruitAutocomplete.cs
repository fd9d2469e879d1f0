using PainPalBot.Discord.Interactions;

namespace PainPalBot.Sandbox.Tests.Support;

/// <summary>Suggests fruit starting with what was typed.</summary>
public sealed class ProbeFruitAutocomplete : AutocompleteHandler
{
    private static readonly string[] Fruit = ["apple", "apricot", "banana", "cherry"];

    /// <inheritdoc />
    public override Task<AutocompletionResult> GenerateSuggestionsAsync(IInteractionContext context, AutocompleteInteraction autocompleteInteraction, IParameterInfo parameter, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(autocompleteInteraction);
        var typed = autocompleteInteraction.CurrentValue;
        return Task.FromResult(AutocompletionResult.FromSuccess(
            Fruit.Where(f => f.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).Select(f => new AutocompleteResult(f.ToUpperInvariant(), f))));
    }
}
