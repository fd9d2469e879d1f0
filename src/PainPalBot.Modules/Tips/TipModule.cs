using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Tips;

/// <summary>
/// <c>/tip add</c> (a modal) and the moderators' Approve / Reject. Browsing is the separate top-level <c>/tips</c>
/// (<see cref="TipLibraryModule"/>): Discord makes a command with subcommands unusable by itself, and "/tips sleep"
/// reads more naturally than "/tip browse topic:sleep".
/// </summary>
[Group("tip", "Share a tip with the members' library")]
[EnabledInDm(false)]
public sealed class TipModule(TipService tips) : ReviewModuleBase
{
    private const string ModalId = "tip:modal";

    /// <summary>Opens the tip form.</summary>
    [SlashCommand("add", "Share something that helps you with your pain")]
    [RequireContext(ContextType.Guild)]
    public Task AddAsync() => RespondWithModalAsync<TipModal>(ModalId);

    /// <summary>The tip form was sent: the tip waits for a moderator or enters the library.</summary>
    [ModalInteraction(ModalId)]
    [RequireContext(ContextType.Guild)]
    [EphemeralDefer]
    public async Task SubmitAsync(TipModal modal)
    {
        ArgumentNullException.ThrowIfNull(modal);
        var result = await tips.SubmitAsync(Context.GuildId!.Value, Context.User.Id, modal.Tip ?? "", modal.Tags);
        await RespondAsync(result.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    /// <summary>A moderator approved a tip.</summary>
    [ComponentInteraction(TipComponents.ApprovePrefix + "*")]
    [RequireContext(ContextType.Guild)]
    [RequireModerator("Only moderators can approve tips. Nothing was changed.")]
    public async Task ApproveAsync(string tipId)
    {
        var result = await tips.ApproveAsync(Context.GuildId!.Value, tipId, Context.User.Id);
        await AnswerDecisionAsync(result.Message, result.ReviewMessageText);
    }

    /// <summary>A moderator rejected a tip.</summary>
    [ComponentInteraction(TipComponents.RejectPrefix + "*")]
    [RequireContext(ContextType.Guild)]
    [RequireModerator("Only moderators can reject tips. Nothing was changed.")]
    public async Task RejectAsync(string tipId)
    {
        var result = await tips.RejectAsync(Context.GuildId!.Value, tipId, Context.User.Id);
        await AnswerDecisionAsync(result.Message, result.ReviewMessageText);
    }

}
