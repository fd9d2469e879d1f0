namespace PainPalBot.Discord.Interactions;

/// <summary>
/// Suggests values for an option marked <see cref="AutocompleteAttribute"/>. Created per request from the
/// interaction's DI scope, so it may take scoped services in its constructor.
/// </summary>
public abstract class AutocompleteHandler
{
    /// <summary>Returns up to 25 suggestions for what the user has typed so far; more are cut off.</summary>
    public abstract Task<AutocompletionResult> GenerateSuggestionsAsync(IInteractionContext context, AutocompleteInteraction autocompleteInteraction, IParameterInfo parameter, IServiceProvider services);
}
