namespace PainPalBot.Discord.Interactions;

/// <summary>
/// A check run before a handler, on a module class or a method. Return
/// <see cref="PreconditionResult.FromError"/> with a readable sentence; never throw.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public abstract class PreconditionAttribute : Attribute
{
    /// <summary>Decides whether the handler may run for this interaction.</summary>
    public abstract Task<PreconditionResult> CheckRequirementsAsync(IInteractionContext context, ICommandInfo command, IServiceProvider services);
}
