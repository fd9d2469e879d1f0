using PainPalBot.Discord.Interactions;

namespace PainPalBot.Modules.Reminders;

/// <summary>Suggests IANA time zones (at most 25) as someone types a city, region or alias.</summary>
public sealed class TimeZoneAutocompleteHandler(ReminderService reminders) : AutocompleteHandler
{
    /// <inheritdoc />
    public override Task<AutocompletionResult> GenerateSuggestionsAsync(IInteractionContext context, AutocompleteInteraction autocompleteInteraction, IParameterInfo parameter, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(autocompleteInteraction);
        var zones = reminders.SearchTimeZones(autocompleteInteraction.CurrentValue);
        return Task.FromResult(AutocompletionResult.FromSuccess(zones.Select(z => new AutocompleteResult(z, z))));
    }
}
