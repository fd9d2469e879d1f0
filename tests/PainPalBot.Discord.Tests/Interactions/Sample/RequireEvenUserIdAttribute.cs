using PainPalBot.Discord.Interactions;

namespace PainPalBot.Discord.Tests.Interactions.Sample;

/// <summary>A custom precondition, as features write them.</summary>
public sealed class RequireEvenUserIdAttribute : PreconditionAttribute
{
    /// <inheritdoc />
    public override Task<PreconditionResult> CheckRequirementsAsync(IInteractionContext context, ICommandInfo command, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(context.User.Id % 2 == 0
            ? PreconditionResult.FromSuccess()
            : PreconditionResult.FromError("Only people with even ids may do that. Nothing was changed."));
    }
}
