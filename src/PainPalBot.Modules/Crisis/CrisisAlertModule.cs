using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// The buttons on a crisis alert, whether crisis watch or a member raised it: "I'm on it" and "Send support DM".
/// Moderators only, re-checked here.
/// </summary>
[RequireModerator]
public sealed class CrisisAlertModule(CrisisAlertStore alerts, CrisisSupportSender support, ServerSettingsService settings, TimeProvider time) : InteractionModuleBase<InteractionContext>
{
    private const string Gone = "I can't find that alert any more. Nothing was changed.";

    /// <summary>Records who took the alert and shows it to everyone on the alert itself.</summary>
    [ComponentInteraction(CrisisAlertMessage.TakePrefix + "*")]
    public Task TakeAsync(string alertId)
    {
        if (alerts.Find(Context.GuildId!.Value, alertId) is not { } alert)
            return RespondAsync(Gone, ephemeral: true);
        var taken = alerts.Take(alert, Context.User.Id, time.GetUtcNow());
        return ShowAsync(taken);
    }

    /// <summary>Sends (or resends) the private support DM and shows how it went on the alert.</summary>
    [ComponentInteraction(CrisisAlertMessage.DmPrefix + "*")]
    public async Task SendDmAsync(string alertId)
    {
        var guildId = Context.GuildId!.Value;
        if (alerts.Find(guildId, alertId) is not { } alert)
        {
            await RespondAsync(Gone, ephemeral: true);
            return;
        }
        var outcome = await support.SendAsync(alert.UserId, settings.Get(guildId).Country, alert.Source);
        var updated = alerts.SetDm(alert.Id, outcome, outcome == CrisisAlertDm.Sent ? Context.User.Id : null) ?? alert with { Dm = outcome };
        await ShowAsync(updated);
    }

    private Task ShowAsync(CrisisAlert alert) => UpdateAsync(m =>
    {
        m.Content = CrisisAlertMessage.Content(alert);
        m.Components = CrisisAlertMessage.Components(alert);
        m.AllowedMentions = AllowedMentions.None;
    });
}
