using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// <c>/crisis</c>: helplines for the person's country, always private and answered at once (data is in memory,
/// so there is no deferral and no network call before the reply).
/// </summary>
public sealed class CrisisModule(CrisisSignpost signpost, HelplineDirectory directory, ServerSettingsService settings, PersonCountryStore countries, TimeProvider time) : InteractionModuleBase<InteractionContext>
{
    /// <summary>The "More helplines" button's custom id prefix.</summary>
    public const string MorePrefix = "crisis:more:";

    /// <summary>The country select's custom id.</summary>
    public const string CountrySelectId = "crisis:country";

    /// <summary>Shows the emergency number and helplines: for the country given, else the person's own, else the server's.</summary>
    [SlashCommand("crisis", "Helplines you can reach right now")]
    public Task CrisisAsync(
        [Summary("country", "Your country (default: the one you saved, else this server's)"), Autocomplete(typeof(CountryAutocompleteHandler))] string? country = null,
        [Summary("remember", "Remember this country for next time (/mydata delete forgets it)")] bool remember = false)
    {
        var chosen = country ?? countries.Find(Context.User.Id) ?? (Context.GuildId is { } guildId ? settings.Get(guildId).Country : null);
        var answer = signpost.ForCountry(chosen);
        var text = answer.Text;
        if (country is not null && !answer.CountryFound)
            text = $"I don't have helplines listed for \"{country.Trim()}\" yet, so I didn't save it.\n" + text;
        else if (remember && country is not null && directory.TryFind(country, out var found))
        {
            countries.Save(Context.User.Id, found.Code, time.GetUtcNow());
            text += $"\nI'll remember {found.Name} for next time; `/mydata delete` forgets it.";
        }
        return RespondAsync(text, ephemeral: true, allowedMentions: AllowedMentions.None, components: Components(answer));
    }

    /// <summary>Shows the helplines beyond the first few.</summary>
    [ComponentInteraction(MorePrefix + "*")]
    public Task MoreAsync(string country)
    {
        var more = signpost.MoreFor(country);
        var text = more.Count == 0
            ? "There are no more helplines listed for that country; the directories above list local services."
            : "More helplines:\n" + string.Join('\n', more.Select(h => "• " + h.Text));
        return RespondAsync(text, ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    /// <summary>Shows the helplines for the country picked in the select, in place.</summary>
    [ComponentInteraction(CountrySelectId)]
    public Task CountryAsync(string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var answer = signpost.ForCountry(values.FirstOrDefault());
        return UpdateAsync(m =>
        {
            m.Content = answer.Text;
            m.Components = Components(answer);
            m.AllowedMentions = AllowedMentions.None;
        });
    }

    private static MessageComponent Components(CrisisSignpostResult answer)
    {
        var builder = new ComponentBuilder();
        if (answer is { CountryFound: true, MoreCount: > 0, CountryCode: { } code })
            builder.WithButton("More helplines", MorePrefix + code, ButtonStyle.Secondary);
        foreach (var directory in answer.Directories.Take(2))
            builder.WithButton(directory.Name.Length <= ButtonBuilder.MaxLabelLength ? directory.Name : directory.Name[..ButtonBuilder.MaxLabelLength], url: directory.Url.AbsoluteUri);
        if (!answer.CountryFound && answer.CountryChoices.Count > 0)
        {
            var select = new SelectMenuBuilder().WithCustomId(CountrySelectId).WithPlaceholder("Choose your country");
            foreach (var choice in answer.CountryChoices)
                select.AddOption(choice.Label, choice.Code);
            builder.WithSelectMenu(select, row: 1);
        }
        return builder.Build();
    }
}
