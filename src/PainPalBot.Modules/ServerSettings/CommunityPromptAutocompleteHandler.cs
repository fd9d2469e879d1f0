using System.Globalization;
using PainPalBot.Discord.Interactions;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>Suggests the server's community prompts (time, days, start of the text) when removing one; the value is the id.</summary>
public sealed class CommunityPromptAutocompleteHandler(CommunityPromptService prompts) : AutocompleteHandler
{
    /// <inheritdoc />
    public override Task<AutocompletionResult> GenerateSuggestionsAsync(IInteractionContext context, AutocompleteInteraction autocompleteInteraction, IParameterInfo parameter, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(autocompleteInteraction);
        if (context.GuildId is not { } guildId)
            return Task.FromResult(AutocompletionResult.FromSuccess());
        var typed = autocompleteInteraction.CurrentValue.Trim();
        var suggestions = prompts.List(guildId)
            .Where(p => typed.Length == 0 || p.Text.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .Select(p =>
            {
                var at = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(p.LocalMinutes)).ToString("HH:mm", CultureInfo.InvariantCulture);
                var name = $"{at}: {p.Text}";
                return new AutocompleteResult(name.Length <= 100 ? name : name[..99] + "…", p.Id.ToString());
            });
        return Task.FromResult(AutocompletionResult.FromSuccess(suggestions));
    }
}
