using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Reminders;

/// <summary><c>/reminders</c>: when the daily check-in prompt comes, pausing it, and the weekly summary. Answers are private.</summary>
[Group("reminders", "Your daily check-in prompt by DM")]
public sealed class RemindersModule(ReminderService reminders) : InteractionModuleBase<InteractionContext>
{
    /// <summary>Sets the prompt's time, zone and days, and turns it on.</summary>
    [SlashCommand("set", "Get a gentle DM prompt each day at your local time")]
    public Task SetAsync(
        [Summary("time", "Local time, 24-hour HH:mm, e.g. 19:00"), MaxLength(5)] string time,
        [Summary("timezone", "Your time zone, e.g. Europe/London"), Autocomplete(typeof(TimeZoneAutocompleteHandler)), MaxLength(64)] string timezone,
        [Summary("days", "Which days (every day when left out)")] ReminderDaysChoice days = ReminderDaysChoice.EveryDay,
        [Summary("chosen_days", "With \"Chosen days\": e.g. mon, wed, fri"), MaxLength(60)] string? chosenDays = null)
    {
        if (days == ReminderDaysChoice.ChosenDays && string.IsNullOrWhiteSpace(chosenDays))
            return ReplyAsync("Please list the days in chosen_days, like \"mon, wed, fri\". Nothing was changed.");
        var dayText = days switch
        {
            ReminderDaysChoice.Weekdays => "weekdays",
            ReminderDaysChoice.Weekends => "weekends",
            ReminderDaysChoice.ChosenDays => chosenDays,
            _ => "every day",
        };
        return ReplyAsync(reminders.Set(Context.User.Id, time, timezone, dayText).Message);
    }

    /// <summary>Pauses prompts, until a date or until resumed.</summary>
    [SlashCommand("pause", "Pause your prompts, until a date or until you resume")]
    public Task PauseAsync([Summary("until", "Last paused day, yyyy-MM-dd (leave out to pause until you resume)"), MaxLength(10)] string? until = null) =>
        ReplyAsync(reminders.Pause(Context.User.Id, until).Message);

    /// <summary>Turns paused prompts back on.</summary>
    [SlashCommand("resume", "Turn your prompts back on")]
    public Task ResumeAsync() => ReplyAsync(reminders.Resume(Context.User.Id).Message);

    /// <summary>Turns prompts off (settings kept).</summary>
    [SlashCommand("off", "Stop your daily prompts")]
    public Task OffAsync() => ReplyAsync(reminders.TurnOff(Context.User.Id).Message);

    /// <summary>Shows the prompt settings.</summary>
    [SlashCommand("show", "See when your prompts come")]
    public Task ShowAsync() => ReplyAsync(reminders.Show(Context.User.Id).Message);

    /// <summary>Turns the weekly summary DM on or off.</summary>
    [SlashCommand("weekly-summary", "A short look back at your week, by DM")]
    public Task WeeklySummaryAsync([Summary("enabled", "On or off")] bool enabled) =>
        ReplyAsync(reminders.SetWeeklySummary(Context.User.Id, enabled).Message);

    private Task ReplyAsync(string message) => RespondAsync(message, ephemeral: true, allowedMentions: AllowedMentions.None);
}
