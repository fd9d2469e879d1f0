using PainPalBot.Discord.Interactions;

namespace PainPalBot.Discord.Tests.Interactions.Sample;

/// <summary>Suggests fruit (too many, to prove the 25 cap) starting with what was typed.</summary>
public sealed class FruitAutocomplete : AutocompleteHandler
{
    private static readonly string[] Fruit = [.. Enumerable.Range(1, 40).Select(i => $"apple {i}"), "banana", "cherry"];

    /// <inheritdoc />
    public override Task<AutocompletionResult> GenerateSuggestionsAsync(IInteractionContext context, AutocompleteInteraction autocompleteInteraction, IParameterInfo parameter, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(autocompleteInteraction);
        var typed = autocompleteInteraction.CurrentValue;
        return Task.FromResult(AutocompletionResult.FromSuccess(
            Fruit.Where(f => f.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).Select(f => new AutocompleteResult(f, f))));
    }
}
