using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.Reminders;

namespace PainPalBot.Tests.Features.Reminders;

/// <summary><c>/reminders</c> end to end, and the closed-DM (50007) notice on the next command of any feature.</summary>
public sealed class ReminderCommandTests
{
    private const ulong UserId = 640_000_000_000_000_001;

    private static readonly string[] Settings = ["--Reminders:PollInterval=00:10:00"];

    [Fact]
    public async Task Reminders_are_set_shown_paused_resumed_and_turned_off_privately()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: Settings);

        var set = await discord.SlashAsync("reminders set", UserId, ("time", "19:30"), ("timezone", "America/New_York"), ("days", ReminderDaysChoice.Weekdays));
        Assert.True(set.IsEphemeral);
        Assert.Contains("19:30 (America/New_York) on weekdays", set.Content, StringComparison.Ordinal);
        var settings = Store(bot).Find(UserId)!;
        Assert.Equal(ReminderState.Active, settings.State);
        Assert.Equal(ReminderDays.Weekdays, settings.Days);

        var chosen = await discord.SlashAsync("reminders set", UserId, ("time", "08:00"), ("timezone", "Europe/London"), ("days", ReminderDaysChoice.ChosenDays), ("chosen_days", "mon, fri"));
        Assert.Contains("08:00 (Europe/London)", chosen.Content, StringComparison.Ordinal);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], Store(bot).Find(UserId)!.Days.Order());

        var show = await discord.SlashAsync("reminders show", UserId);
        Assert.True(show.IsEphemeral);
        Assert.StartsWith("Daily prompts are on: 08:00 (Europe/London)", show.Content, StringComparison.Ordinal);

        var pause = await discord.SlashAsync("reminders pause", UserId, ("until", "2026-12-01"));
        Assert.Contains("paused until the end of Tuesday 1 December", pause.Content, StringComparison.Ordinal);
        Assert.Equal(ReminderState.Paused, Store(bot).Find(UserId)!.State);

        var resume = await discord.SlashAsync("reminders resume", UserId);
        Assert.StartsWith("Prompts are back on", resume.Content, StringComparison.Ordinal);

        var summary = await discord.SlashAsync("reminders weekly-summary", UserId, ("enabled", true));
        Assert.Contains("weekly summary is on", summary.Content, StringComparison.Ordinal);
        Assert.True(Store(bot).Find(UserId)!.WeeklySummary);

        var off = await discord.SlashAsync("reminders off", UserId);
        Assert.True(off.IsEphemeral);
        Assert.StartsWith("Daily prompts are off", off.Content, StringComparison.Ordinal);
        Assert.Equal(ReminderState.Off, Store(bot).Find(UserId)!.State);
    }

    [Fact]
    public async Task Bad_times_zones_and_days_are_answered_with_help_and_change_nothing()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: Settings);

        var time = await discord.SlashAsync("reminders set", UserId, ("time", "7pm"), ("timezone", "Europe/London"));
        Assert.Contains("HH:mm", time.Content, StringComparison.Ordinal);
        var zone = await discord.SlashAsync("reminders set", UserId, ("time", "19:00"), ("timezone", "Europe/Londn"));
        Assert.Contains("I don't know the time zone", zone.Content, StringComparison.Ordinal);
        Assert.True(zone.Content!.Contains("Did you mean", StringComparison.Ordinal) || zone.Content.Contains("Try a name like", StringComparison.Ordinal), zone.Content);
        var noDays = await discord.SlashAsync("reminders set", UserId, ("time", "19:00"), ("timezone", "Europe/London"), ("days", ReminderDaysChoice.ChosenDays));
        Assert.Contains("chosen_days", noDays.Content, StringComparison.Ordinal);
        var badDays = await discord.SlashAsync("reminders set", UserId, ("time", "19:00"), ("timezone", "Europe/London"), ("days", ReminderDaysChoice.ChosenDays), ("chosen_days", "someday"));
        Assert.Contains("Days must be", badDays.Content, StringComparison.Ordinal);
        var forged = await discord.SlashAsync("reminders set", UserId, ("time", "19:00"), ("timezone", "Europe/London"), ("days", "fortnightly"));
        var pause = await discord.SlashAsync("reminders pause", UserId);

        foreach (var reply in new[] { time, zone, noDays, badDays, forged })
        {
            Assert.True(reply.IsEphemeral, reply.ToString());
            Assert.Contains("Nothing was", reply.Content, StringComparison.Ordinal);
        }
        Assert.Contains("no daily prompts to pause", pause.Content, StringComparison.Ordinal);
        Assert.Null(Store(bot).Find(UserId));
    }

    [Fact]
    public async Task Time_zones_are_suggested_as_people_type()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: Settings);

        var reply = await discord.AutocompleteAsync("reminders set", "timezone", "lord", UserId, ("time", "09:00"));

        Assert.Equal(InteractionResponseType.ApplicationCommandAutocompleteResult, reply.Type);
        Assert.Contains(reply.Choices, c => c.Name == "Australia/Lord_Howe");
        Assert.InRange(reply.Choices.Count, 1, 25);
    }

    [Fact]
    public async Task Closed_dms_pause_prompts_and_the_next_command_of_any_feature_says_how_to_fix_it_once()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: Settings);
        await discord.SlashAsync("reminders set", UserId, ("time", "10:00"), ("timezone", "Europe/London"));
        discord.FailNext("POST", "/channels/*/messages", FakeFault.Error(403, 50007, "Cannot send messages to this user"));

        bot.Time.Advance(TimeSpan.FromMinutes(61));
        await bot.Services.GetRequiredService<PromptDispatcher>().RunAsync();

        var settings = Store(bot).Find(UserId)!;
        Assert.Equal(ReminderState.Paused, settings.State);
        Assert.Equal(ReminderSettings.DmsClosedReason, settings.PauseReason);
        Assert.DoesNotContain(discord.Messages(discord.DmChannelIdFor(UserId)), m => m.Components.Length > 0);

        // A command of another feature: its own answer, then the notice as a private followup.
        var checkIn = await discord.SlashAsync("checkin", UserId, ("pain", 3));
        await checkIn.Delivery;
        var notice = await WaitForFollowupAsync(discord, checkIn);
        Assert.Equal(ReminderService.DmsClosedNotice, notice.Content);
        Assert.Equal((int)MessageFlags.Ephemeral, (notice.Flags ?? 0) & (int)MessageFlags.Ephemeral);
        Assert.Empty(notice.Components);

        var next = await discord.SlashAsync("reminders show", UserId);
        await next.Delivery;
        // The observer runs right after the answer; an answer to a later command proves this one's run is over.
        await discord.SlashAsync("reminders show", UserId);
        Assert.Empty(next.Followups);
        Assert.Contains("paused because I can't DM you", next.Content, StringComparison.Ordinal);

        var resume = await discord.SlashAsync("reminders resume", UserId);
        Assert.StartsWith("Prompts are back on", resume.Content, StringComparison.Ordinal);
        Assert.Equal(ReminderState.Active, Store(bot).Find(UserId)!.State);
    }

    private static async Task<Message> WaitForFollowupAsync(FakeDiscord.FakeDiscord discord, InteractionReply reply)
    {
        var path = $"/webhooks/{discord.ApplicationId}/{reply.Interaction.Token}";
        await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == path && r.StatusCode < 300, TimeSpan.FromSeconds(30));
        return Assert.Single(reply.Followups);
    }

    private static ReminderStore Store(TestBot bot) => bot.Services.GetRequiredService<ReminderStore>();
}
