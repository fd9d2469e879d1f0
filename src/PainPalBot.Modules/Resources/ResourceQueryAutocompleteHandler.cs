using PainPalBot.Discord.Interactions;

namespace PainPalBot.Modules.Resources;

/// <summary>Suggests titles, tags and topics as someone types a search.</summary>
public sealed class ResourceQueryAutocompleteHandler(ResourceService resources) : AutocompleteHandler
{
    /// <inheritdoc />
    public override Task<AutocompletionResult> GenerateSuggestionsAsync(IInteractionContext context, AutocompleteInteraction autocompleteInteraction, IParameterInfo parameter, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(autocompleteInteraction);
        var suggestions = resources.Autocomplete(context.GuildId, autocompleteInteraction.CurrentValue)
            .Select(s => new AutocompleteResult(s.Name, s.Value));
        return Task.FromResult(AutocompletionResult.FromSuccess(suggestions));
    }
}
