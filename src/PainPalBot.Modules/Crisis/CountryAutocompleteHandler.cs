using PainPalBot.Discord.Interactions;

namespace PainPalBot.Modules.Crisis;

/// <summary>Suggests countries from the helpline file as someone types a name or code.</summary>
public sealed class CountryAutocompleteHandler(HelplineDirectory directory, CrisisSignpost signpost) : AutocompleteHandler
{
    /// <inheritdoc />
    public override Task<AutocompletionResult> GenerateSuggestionsAsync(IInteractionContext context, AutocompleteInteraction autocompleteInteraction, IParameterInfo parameter, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(autocompleteInteraction);
        var typed = autocompleteInteraction.CurrentValue.Trim();
        IEnumerable<AutocompleteResult> suggestions = typed.Length == 0
            ? signpost.CountryChoices.Select(c => new AutocompleteResult(c.Label, c.Code))
            : directory.Countries
                .Where(c => c.Code.Equals(typed, StringComparison.OrdinalIgnoreCase) || c.Name.Contains(typed, StringComparison.OrdinalIgnoreCase))
                .OrderBy(c => c.Code.Equals(typed, StringComparison.OrdinalIgnoreCase) ? 0 : c.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 1 : 2)
                .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .Select(c => new AutocompleteResult(c.Name, c.Code));
        return Task.FromResult(AutocompletionResult.FromSuccess(suggestions));
    }
}
