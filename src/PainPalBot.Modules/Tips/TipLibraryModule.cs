using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Tips;

/// <summary><c>/tips [topic]</c>: the library, most helpful first, with "this helped me" and paging buttons; all private.</summary>
[EnabledInDm(false)]
public sealed class TipLibraryModule(TipService tips) : InteractionModuleBase<InteractionContext>
{
    /// <summary>Shows the first page.</summary>
    [SlashCommand("tips", "Browse members' tips, most helpful first")]
    [RequireContext(ContextType.Guild)]
    public async Task BrowseAsync([Summary("topic", "A tag or word, e.g. sleep"), MaxLength(TipService.MaxTopicLength)] string? topic = null)
    {
        var page = tips.Browse(Context.GuildId!.Value, Context.User.Id, topic);
        await RespondAsync(page.Message, ephemeral: true, allowedMentions: AllowedMentions.None, components: Components(page));
    }

    /// <summary>Previous / Next without a topic.</summary>
    [ComponentInteraction(TipComponents.PagePrefix + "*:")]
    [RequireContext(ContextType.Guild)]
    public Task PageAsync(int page) => ShowPageAsync(page, null);

    /// <summary>Previous / Next within a topic.</summary>
    [ComponentInteraction(TipComponents.PagePrefix + "*:*")]
    [RequireContext(ContextType.Guild)]
    public Task TopicPageAsync(int page, string topic) => ShowPageAsync(page, topic);

    /// <summary>"This helped me": one vote per person; pressing again takes it back.</summary>
    [ComponentInteraction(TipComponents.HelpedPrefix + "*")]
    [RequireContext(ContextType.Guild)]
    public async Task HelpedAsync(string tipId)
    {
        var result = tips.ToggleHelpful(Context.GuildId!.Value, tipId, Context.User.Id);
        await RespondAsync(result.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    private async Task ShowPageAsync(int page, string? topic)
    {
        var result = tips.Browse(Context.GuildId!.Value, Context.User.Id, topic, page);
        await UpdateAsync(m =>
        {
            m.Content = result.Message;
            m.Components = Components(result) ?? MessageComponent.Empty;
            m.AllowedMentions = AllowedMentions.None;
        });
    }

    private static MessageComponent? Components(TipPage page)
    {
        var rows = TipComponents.ForPage(page);
        return rows.Length > 0 ? MessageComponent.FromRows(rows) : null;
    }
}
