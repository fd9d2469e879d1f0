using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>A module whose moderators decide on items waiting in the moderator channel (stories, tips).</summary>
public abstract class ReviewModuleBase : InteractionModuleBase<InteractionContext>
{
    /// <summary>
    /// Answers a moderator's decision. When the item is decided, its review message loses the item's text and
    /// buttons for everyone (<paramref name="reviewMessageText"/>), and the moderator gets the details privately.
    /// </summary>
    protected async Task AnswerDecisionAsync(string message, string? reviewMessageText)
    {
        if (reviewMessageText is null)
        {
            await RespondAsync(message, ephemeral: true, allowedMentions: AllowedMentions.None);
            return;
        }
        await UpdateAsync(m =>
        {
            m.Content = reviewMessageText;
            m.Embeds = [];
            m.Components = MessageComponent.Empty;
            m.AllowedMentions = AllowedMentions.None;
        });
        await FollowupAsync(message, ephemeral: true, allowedMentions: AllowedMentions.None);
    }
}
