using PainPalBot.Discord.Interactions;

namespace PainPalBot.Modules.Resources;

/// <summary>Suggests the server's own entries (value = id) when a moderator edits or removes one.</summary>
public sealed class ServerResourceAutocompleteHandler(ResourceService resources) : AutocompleteHandler
{
    /// <inheritdoc />
    public override Task<AutocompletionResult> GenerateSuggestionsAsync(IInteractionContext context, AutocompleteInteraction autocompleteInteraction, IParameterInfo parameter, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(autocompleteInteraction);
        if (context.GuildId is not { } guildId)
            return Task.FromResult(AutocompletionResult.FromSuccess());
        var suggestions = resources.SuggestServerEntries(guildId, autocompleteInteraction.CurrentValue)
            .Select(s => new AutocompleteResult(s.Name, s.Value));
        return Task.FromResult(AutocompletionResult.FromSuccess(suggestions));
    }
}
