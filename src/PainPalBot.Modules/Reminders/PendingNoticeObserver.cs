using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Reminders;

/// <summary>
/// After any command, button or form of any feature, tells the person privately about a notice waiting for
/// them (e.g. "I couldn't DM you, so your prompts are paused"), once.
/// </summary>
public sealed class PendingNoticeObserver(ReminderService reminders) : IInteractionObserver
{
    /// <inheritdoc />
    public async Task OnExecutedAsync(IInteractionContext context, InteractionResult result, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        // After a modal no followup is possible; the notice waits for the form's submit instead.
        if (context.Responder.ShowedModal)
            return;
        if (reminders.TakePendingNotice(context.User.Id) is { } notice)
            await context.Responder.FollowupAsync(notice, ephemeral: true, allowedMentions: AllowedMentions.None, ct: ct);
    }
}
