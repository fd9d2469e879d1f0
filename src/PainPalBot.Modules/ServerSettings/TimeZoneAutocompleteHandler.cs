using PainPalBot.Discord.Interactions;
using PainPalBot.Modules.Reminders;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>Suggests IANA time zones as a moderator types the server's zone.</summary>
public sealed class TimeZoneAutocompleteHandler(TimeZoneCatalog zones) : AutocompleteHandler
{
    /// <inheritdoc />
    public override Task<AutocompletionResult> GenerateSuggestionsAsync(IInteractionContext context, AutocompleteInteraction autocompleteInteraction, IParameterInfo parameter, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(autocompleteInteraction);
        var suggestions = zones.Search(autocompleteInteraction.CurrentValue).Select(id => new AutocompleteResult(id, id));
        return Task.FromResult(AutocompletionResult.FromSuccess(suggestions));
    }
}
