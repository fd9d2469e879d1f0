using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Stories;

/// <summary>
/// Anonymous stories: <c>/share story</c> (a modal), <c>/share withdraw</c>, the moderators' Approve / Reject and the
/// members' "Reply in a thread". Discord makes a command with subcommands unusable by itself, so the modal sits on
/// <c>/share story</c> next to <c>/share withdraw</c>: typing <c>/share</c> shows both, and the bot's own messages
/// already point authors to <c>/share withdraw</c>. <c>/share</c> stays usable in DMs so an author can withdraw
/// right where the bot told them what happened; sharing itself needs a server.
/// </summary>
[Group("share", "Share a story anonymously, or withdraw one")]
public sealed class StoryModule(StoryService stories) : ReviewModuleBase
{
    private const string ModalId = "share:modal";
    private const string WithdrawSelectId = "share:withdraw";

    /// <summary>Opens the story form.</summary>
    [SlashCommand("story", "Share a story with this server, without your name")]
    [RequireContext(ContextType.Guild)]
    public Task StoryAsync() => RespondWithModalAsync<StoryModal>(ModalId);

    /// <summary>The story form was sent: the story waits for a moderator or is posted.</summary>
    [ModalInteraction(ModalId)]
    [RequireContext(ContextType.Guild)]
    [EphemeralDefer]
    public async Task SubmitAsync(StoryModal modal)
    {
        ArgumentNullException.ThrowIfNull(modal);
        var result = await stories.SubmitAsync(Context.GuildId!.Value, Context.User.Id, new StorySubmission(modal.Story ?? "", modal.ContentWarning, modal.Topic));
        await RespondAsync(result.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    /// <summary>Lists the person's withdrawable stories (in this server, or all of them in DMs) with a select to withdraw one.</summary>
    [SlashCommand("withdraw", "Withdraw a story you shared; it is deleted")]
    public async Task WithdrawAsync()
    {
        var mine = stories.Mine(Context.User.Id, Context.GuildId);
        if (mine.Stories.Count == 0)
        {
            await RespondAsync(mine.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
            return;
        }
        var select = new SelectMenuBuilder().WithCustomId(WithdrawSelectId).WithPlaceholder("Choose the story to withdraw");
        foreach (var story in mine.Stories)
            select.AddOption(story.Preview, story.StoryId, story.Status == StoryStatus.Pending ? "Waiting for a moderator" : "Posted");
        await RespondAsync(mine.Message, ephemeral: true, allowedMentions: AllowedMentions.None,
            components: new ComponentBuilder().WithSelectMenu(select).Build());
    }

    /// <summary>The person picked a story to withdraw.</summary>
    [ComponentInteraction(WithdrawSelectId)]
    public async Task WithdrawChosenAsync(string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != 1)
        {
            await RespondAsync("Please choose one story. Nothing was changed.", ephemeral: true);
            return;
        }
        var result = await stories.WithdrawAsync(Context.User.Id, values[0]);
        await UpdateAsync(m =>
        {
            m.Content = result.Message;
            m.Components = MessageComponent.Empty;
            m.AllowedMentions = AllowedMentions.None;
        });
    }

    /// <summary>A moderator approved a story.</summary>
    [ComponentInteraction(StoryComponents.ApprovePrefix + "*")]
    [RequireContext(ContextType.Guild)]
    [RequireModerator("Only moderators can approve stories. Nothing was changed.")]
    public async Task ApproveAsync(string storyId)
    {
        var result = await stories.ApproveAsync(Context.GuildId!.Value, storyId, Context.User.Id);
        await AnswerDecisionAsync(result.Message, result.ReviewMessageText);
    }

    /// <summary>A moderator rejected a story.</summary>
    [ComponentInteraction(StoryComponents.RejectPrefix + "*")]
    [RequireContext(ContextType.Guild)]
    [RequireModerator("Only moderators can reject stories. Nothing was changed.")]
    public async Task RejectAsync(string storyId)
    {
        var result = await stories.RejectAsync(Context.GuildId!.Value, storyId, Context.User.Id);
        await AnswerDecisionAsync(result.Message, result.ReviewMessageText);
    }

    /// <summary>A member wants to answer a posted story: the reply thread is opened once and pointed to.</summary>
    [ComponentInteraction(StoryComponents.ReplyPrefix + "*")]
    [RequireContext(ContextType.Guild)]
    public async Task ReplyAsync(string storyId)
    {
        var result = await stories.OpenRepliesAsync(Context.GuildId!.Value, storyId);
        await RespondAsync(result.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
    }

}
