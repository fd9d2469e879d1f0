using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.History;

/// <summary><c>/history</c>: a private text summary of the last 7, 30 or 90 days and a chart to show a clinician.</summary>
public sealed class HistoryModule(HistoryService history) : InteractionModuleBase<InteractionContext>
{
    /// <summary>Shows the summary and the chart, privately.</summary>
    [SlashCommand("history", "See your check-ins over time, with a chart (only you can see it)")]
    [EphemeralDefer]
    public async Task HistoryAsync([Summary("days", "How far back to look"), Choice("7 days", 7), Choice("30 days", 30), Choice("90 days", 90)] int days = 7)
    {
        // Drawing the chart takes a moment; the private "thinking…" holds Discord's 3-second window.
        await DeferAsync(ephemeral: true);
        var result = history.Get(Context.User.Id, days);
        if (result.ChartPng is { } png)
        {
            var chart = new FileAttachment(result.ChartFileName, png, result.ChartAltText, "image/png");
            await FollowupWithFilesAsync([chart], result.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
        }
        else
        {
            await FollowupAsync(result.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
        }
    }
}
