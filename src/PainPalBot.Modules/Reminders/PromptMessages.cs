using System.Globalization;
using PainPalBot.Discord.Models;
using PainPalBot.Modules.CheckIns;

namespace PainPalBot.Modules.Reminders;

/// <summary>The text and buttons of the scheduled DMs. Short, warm, and never a guilt trip.</summary>
public static class PromptMessages
{
    /// <summary>What the daily prompt adds, once a week, for people who opted in to the PEG-3 and haven't answered it this week.</summary>
    public const string PegReminder = "\nIt's PEG-3 week too: /peg answer asks three quick 0-10 questions about the past week, whenever suits you.";

    /// <summary>The daily prompt for a local day: a question and the one-tap pain buttons (and the weekly PEG-3 line when <paramref name="pegDue"/>).</summary>
    public static CreateMessageRequest DailyPrompt(DateOnly localDate, string nonce, bool pegDue = false) => new()
    {
        Content = "Hi, how is your pain today? Tap a number from 0 (no pain) to 10 (worst imaginable). " +
                  "Each tap is saved straight away, so you can stop at any point. (To pause these, use /reminders pause.)" +
                  (pegDue ? PegReminder : ""),
        Components = CheckInPromptComponents.PainButtons(localDate),
        Nonce = nonce,
        EnforceNonce = true,
        AllowedMentions = AllowedMentions.None,
    };

    /// <summary>The weekly summary for the seven local days ending <paramref name="lastDay"/>.</summary>
    public static CreateMessageRequest WeeklySummary(IReadOnlyList<CheckIn> week, DateOnly lastDay, string nonce)
    {
        ArgumentNullException.ThrowIfNull(week);
        var first = lastDay.AddDays(-6);
        var inWeek = week.Where(c => c.LocalDate >= first && c.LocalDate <= lastDay).ToList();
        var days = inWeek.Select(c => c.LocalDate).Distinct().Count();
        string content;
        if (days == 0)
        {
            content = "Your week: no check-ins in the last 7 days, and that's okay. Whenever you're ready, /checkin takes a few seconds.";
        }
        else
        {
            var average = inWeek.GroupBy(c => c.LocalDate).Average(g => g.Average(c => c.Pain));
            content = string.Format(CultureInfo.InvariantCulture,
                "Your week: you checked in on {0} of the last 7 days. On those days your pain averaged {1:0.0} out of 10. Thank you for looking after yourself. /history shows the details.",
                days, average);
        }
        return new CreateMessageRequest { Content = content, Nonce = nonce, EnforceNonce = true, AllowedMentions = AllowedMentions.None };
    }
}
