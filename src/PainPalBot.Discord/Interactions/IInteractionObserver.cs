namespace PainPalBot.Discord.Interactions;

/// <summary>
/// Runs after every slash command, component and modal handler has finished (successfully or not), in the
/// interaction's DI scope, so a feature can add something to every answer (e.g. a private followup) without
/// touching other features' modules. Register with <c>AddInteractionObserver&lt;T&gt;()</c>. A failing observer
/// is logged and never changes the interaction's result. Not run for autocomplete or unknown interactions.
/// </summary>
public interface IInteractionObserver
{
    /// <summary>Called once the handler has answered; <paramref name="context"/>'s responder can still send followups.</summary>
    Task OnExecutedAsync(IInteractionContext context, InteractionResult result, CancellationToken ct = default);
}
