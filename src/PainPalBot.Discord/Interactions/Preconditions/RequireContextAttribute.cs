namespace PainPalBot.Discord.Interactions;

/// <summary>Allows the handler only in the given places (flags: guild, DM, group).</summary>
public sealed class RequireContextAttribute(ContextType contexts) : PreconditionAttribute
{
    /// <summary>The allowed places.</summary>
    public ContextType Contexts { get; } = contexts;

    /// <inheritdoc />
    public override Task<PreconditionResult> CheckRequirementsAsync(IInteractionContext context, ICommandInfo command, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(context);
        var here = context.GuildId is not null ? ContextType.Guild
            : context.Interaction.Context == (int)InteractionContextType.PrivateChannel ? ContextType.Group
            : ContextType.DM;
        if ((Contexts & here) != 0)
            return Task.FromResult(PreconditionResult.FromSuccess());
        var reason = (Contexts & ContextType.Guild) != 0
            ? "This only works in a server, not in DMs."
            : "This only works in a DM with the bot.";
        return Task.FromResult(PreconditionResult.FromError(reason));
    }
}
