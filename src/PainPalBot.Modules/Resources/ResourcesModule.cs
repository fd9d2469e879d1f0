using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Resources;

/// <summary>
/// <c>/resources find</c> searches the library privately, paged, with a "Share here" button; moderators add, edit
/// and remove their server's own entries through a form.
/// </summary>
[Group("resources", "Coping and self-management resources")]
public sealed class ResourcesModule(ResourceService resources) : InteractionModuleBase<InteractionContext>
{
    /// <summary>The add form's custom id.</summary>
    public const string AddModalId = "res:add";

    /// <summary>The edit form's custom id prefix (followed by the entry id).</summary>
    public const string EditModalPrefix = "res:edit:";

    /// <summary>Searches the library; the answer is private until shared.</summary>
    [SlashCommand("find", "Search coping and self-management resources")]
    public Task FindAsync(
        [Summary("query", "Words to search for"), Autocomplete(typeof(ResourceQueryAutocompleteHandler)), MaxLength(100)] string? query = null,
        [Summary("topic", "Browse one topic"),
         Choice("Pacing", "pacing"), Choice("Flare plans", "flare-plan"), Choice("Sleep", "sleep"), Choice("Movement", "movement"),
         Choice("Mindfulness", "mindfulness"), Choice("Talking with clinicians", "clinicians"), Choice("Work", "work"),
         Choice("Benefits", "benefits"), Choice("Mental health", "mental-health"), Choice("Understanding pain", "understanding-pain"),
         Choice("Self-management", "self-management"), Choice("Fibromyalgia", "fibromyalgia"), Choice("CRPS", "crps"),
         Choice("Migraine", "migraine"), Choice("Endometriosis", "endometriosis"), Choice("EDS and hypermobility", "eds"),
         Choice("Arthritis", "arthritis"), Choice("Back pain", "back-pain"), Choice("Neuropathy", "neuropathy")] string? topic = null)
    {
        var page = resources.Search(Context.GuildId, query, topic);
        return RespondAsync(page.Message, ResourcePageView.Embeds(page), ephemeral: true, allowedMentions: AllowedMentions.None,
            components: ResourcePageView.Components(page, TopicTag(topic), shareable: Context.GuildId is not null));
    }

    /// <summary>Turns the private result to another page.</summary>
    [ComponentInteraction(ResourcePageView.PagePrefix + "*:*:*")]
    public Task PageAsync(int page, string topic, string query)
    {
        var (tag, text) = ResourcePageView.Parse(topic, query);
        var result = resources.Search(Context.GuildId, text, tag, page);
        return UpdateAsync(m =>
        {
            m.Content = result.Message;
            m.Embeds = ResourcePageView.Embeds(result);
            m.Components = ResourcePageView.Components(result, tag, shareable: Context.GuildId is not null);
            m.AllowedMentions = AllowedMentions.None;
        });
    }

    /// <summary>Posts the page the person is looking at in the channel, for everyone.</summary>
    [ComponentInteraction(ResourcePageView.SharePrefix + "*:*:*")]
    public Task ShareAsync(int page, string topic, string query)
    {
        var (tag, text) = ResourcePageView.Parse(topic, query);
        var result = resources.Search(Context.GuildId, text, tag, page);
        if (result.Items.Count == 0)
            return RespondAsync("There's nothing on that page to share any more. Nothing was posted.", ephemeral: true);
        return RespondAsync($"<@{Context.User.Id}> shared some resources:", ResourcePageView.Embeds(result), ephemeral: false, allowedMentions: AllowedMentions.None);
    }

    /// <summary>Opens the form to add a server entry.</summary>
    [SlashCommand("add", "Add a resource to this server's library (moderators)")]
    [RequireModerator]
    public Task AddAsync() => RespondWithModalAsync<ResourceModal>(AddModalId);

    /// <summary>Saves a new server entry.</summary>
    [ModalInteraction(AddModalId)]
    [RequireModerator]
    public Task AddSubmittedAsync(ResourceModal modal)
    {
        ArgumentNullException.ThrowIfNull(modal);
        var change = resources.Add(Context.GuildId!.Value, Context.User.Id, modal.ToDraft());
        return RespondAsync(change.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    /// <summary>Opens the form pre-filled with one of the server's entries.</summary>
    [SlashCommand("edit", "Edit one of this server's resources (moderators)")]
    [RequireModerator]
    public Task EditAsync([Summary("entry", "The server's entry to edit"), Autocomplete(typeof(ServerResourceAutocompleteHandler))] string entry)
    {
        var existing = resources.Export(Context.GuildId!.Value).FirstOrDefault(r => r.Id == entry.Trim());
        if (existing is null)
            return RespondAsync("I couldn't find that entry in this server's own resources; pick one from the list as you type. Nothing was changed.", ephemeral: true);
        return RespondWithModalAsync(EditModalPrefix + existing.Id, ResourceModal.From(existing));
    }

    /// <summary>Saves an edited server entry.</summary>
    [ModalInteraction(EditModalPrefix + "*")]
    [RequireModerator]
    public Task EditSubmittedAsync(string id, ResourceModal modal)
    {
        ArgumentNullException.ThrowIfNull(modal);
        var change = resources.Edit(Context.GuildId!.Value, Context.User.Id, id, modal.ToDraft());
        return RespondAsync(change.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    /// <summary>Removes one of the server's entries.</summary>
    [SlashCommand("remove", "Remove one of this server's resources (moderators)")]
    [RequireModerator]
    public Task RemoveAsync([Summary("entry", "The server's entry to remove"), Autocomplete(typeof(ServerResourceAutocompleteHandler))] string entry)
    {
        var change = resources.Remove(Context.GuildId!.Value, Context.User.Id, entry.Trim());
        return RespondAsync(change.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    private static string? TopicTag(string? topic) => string.IsNullOrWhiteSpace(topic) ? null : topic.Trim();
}
