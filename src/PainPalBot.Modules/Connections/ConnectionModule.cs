using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Connections;

/// <summary>
/// Peer connections: <c>/connect profile|find|block|leave</c> in a server, the "Ask" / "Never suggest" buttons under
/// suggestions, and the "Yes" / "No" / "Block" buttons of a request DM. Every reply is private; a name appears only
/// once both people said yes, and that decision is the service's.
/// </summary>
/// <remarks>
/// Slash options can't take several values, so the profile asks for up to three conditions as separate choices and
/// offers the combinations of the three goals as one choice: no free text to mistype, and all of it in one command.
/// </remarks>
[Group("connect", "Meet members who live what you live, by mutual consent")]
[EnabledInDm(false)]
public sealed class ConnectionModule(ConnectionService connections) : InteractionModuleBase<InteractionContext>
{
    /// <summary>Opts in, or updates the profile.</summary>
    [SlashCommand("profile", "Opt in to peer connections here, or update your profile")]
    [RequireContext(ContextType.Guild)]
    public async Task ProfileAsync(
        [Summary("time_zone", "Your time zone, e.g. Europe/London or America/New_York"), MaxLength(64)] string timeZone,
        [Summary("languages", "Languages you'd talk in, separated by commas, e.g. English, Welsh"), MaxLength(200)] string languages,
        [Summary("looking_for", "What you're looking for"),
         Choice("Someone to talk to", "talk"),
         Choice("An accountability buddy", "accountability"),
         Choice("A pacing partner", "pacing"),
         Choice("Someone to talk to or an accountability buddy", "talk,accountability"),
         Choice("Someone to talk to or a pacing partner", "talk,pacing"),
         Choice("An accountability buddy or a pacing partner", "accountability,pacing"),
         Choice("Any of these", "talk,accountability,pacing")] string lookingFor,
        [Summary("condition", "A condition you live with (optional)")] ConditionOption? condition = null,
        [Summary("second_condition", "Another condition (optional)")] ConditionOption? secondCondition = null,
        [Summary("third_condition", "Another condition (optional)")] ConditionOption? thirdCondition = null)
    {
        var conditions = PainConditions.None;
        foreach (var option in new[] { condition, secondCondition, thirdCondition })
        {
            if (option is { } chosen)
                conditions |= Enum.Parse<PainConditions>(chosen.ToString());
        }
        var input = new ConnectionProfileInput(
            conditions,
            timeZone,
            languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            ConnectionChoices.ParseGoals(lookingFor.Split(',')));
        var result = connections.SaveProfile(Context.GuildId!.Value, Context.User.Id, input);
        var text = result.Success
            ? result.Message + "\n\n" + connections.MyProfile(Context.GuildId!.Value, Context.User.Id).Message
            : result.Message;
        await RespondAsync(text, ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    /// <summary>Suggests up to three members without names, each with an "Ask" and a "Never suggest" button.</summary>
    [SlashCommand("find", "Suggest members with the most in common with you, without names")]
    [RequireContext(ContextType.Guild)]
    public async Task FindAsync()
    {
        var result = connections.Find(Context.GuildId!.Value, Context.User.Id);
        await RespondAsync(result.Message, ephemeral: true, allowedMentions: AllowedMentions.None,
            components: result.Suggestions.Count > 0 ? MessageComponent.FromRows(ConnectionComponents.ForSuggestions(result.Suggestions)) : null);
    }

    /// <summary>Blocks a member the person knows by name: never suggested to each other again, and they aren't told.</summary>
    [SlashCommand("block", "Never be suggested to, or asked by, this member")]
    [RequireContext(ContextType.Guild)]
    public async Task BlockAsync([Summary("member", "Who to block")] User member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var result = connections.BlockMember(Context.User.Id, member.Id);
        await RespondAsync(result.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    /// <summary>Deletes the person's profile here.</summary>
    [SlashCommand("leave", "Stop peer connections here and delete your profile")]
    [RequireContext(ContextType.Guild)]
    public async Task LeaveAsync()
    {
        var result = connections.Leave(Context.GuildId!.Value, Context.User.Id);
        await RespondAsync(result.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    /// <summary>"Ask #n to connect" under a suggestion: a request goes by DM without the asker's name.</summary>
    [ComponentInteraction(ConnectionComponents.AskPrefix + "*")]
    public async Task AskAsync(string token)
    {
        var result = await connections.RequestAsync(Context.User.Id, token);
        await RespondAsync(result.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    /// <summary>"Yes, connect" in a request DM: now both said yes, so each sees the other's name.</summary>
    [ComponentInteraction(ConnectionComponents.AcceptPrefix + "*")]
    public async Task AcceptAsync(string token)
    {
        var result = await connections.AcceptAsync(Context.User.Id, token);
        await AnswerRequestAsync(result.Connected, result.Message);
    }

    /// <summary>"No, thank you" in a request DM.</summary>
    [ComponentInteraction(ConnectionComponents.DeclinePrefix + "*")]
    public async Task DeclineAsync(string token)
    {
        var result = connections.Decline(Context.User.Id, token);
        await AnswerRequestAsync(result.Success, result.Message);
    }

    /// <summary>"Block" in a request DM, or "Never suggest #n" under a suggestion.</summary>
    [ComponentInteraction(ConnectionComponents.BlockPrefix + "*")]
    public async Task BlockButtonAsync(string token)
    {
        var result = connections.Block(Context.User.Id, token);
        await AnswerRequestAsync(result.Success && Context.GuildId is null, result.Message);
    }

    // In a request DM a decision retires the buttons; anything else is a private note and leaves the message alone.
    private async Task AnswerRequestAsync(bool retireButtons, string message)
    {
        if (!retireButtons)
        {
            await RespondAsync(message, ephemeral: true, allowedMentions: AllowedMentions.None);
            return;
        }
        await UpdateAsync(m =>
        {
            m.Content = message;
            m.Components = MessageComponent.Empty;
            m.AllowedMentions = AllowedMentions.None;
        });
    }
}
