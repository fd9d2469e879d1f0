using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// "Ask mods to check in" on any message's Apps menu: the moderators are asked, privately, to check in on its author.
/// Always answered privately; usable in the bot's DM, where it says nothing was sent and shows helplines.
/// </summary>
public sealed class AskModsModule(AskModsService askMods) : InteractionModuleBase<InteractionContext>
{
    /// <summary>Asks the moderators to check in on the message's author and tells the person who asked what happened.</summary>
    [MessageCommand(AskModsMessages.CommandName)]
    [CommandContextType(InteractionContextType.Guild, InteractionContextType.BotDm)]
    [EphemeralDefer]
    public async Task AskAsync(Message message)
    {
        var result = await askMods.AskAsync(new AskModsRequest(Context.GuildId, Context.User.Id, message, Context.ChannelId));
        await RespondAsync(AskModsMessages.Reply(result), ephemeral: true, allowedMentions: AllowedMentions.None);
    }
}
