using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.CheckIns;
using PainPalBot.Modules.Reminders;

namespace PainPalBot.Tests.Features.CheckIns;

/// <summary>The daily DM prompt answered with its buttons and note form: each step saved, stale and foreign taps refused kindly.</summary>
public sealed class CheckInPromptTests
{
    private const ulong UserId = 620_000_000_000_000_001;
    private const ulong OtherUserId = 630_000_000_000_000_002;

    // Only the start-up run of the Quartz trigger; the tests run the dispatcher themselves on the fake clock.
    private static readonly string[] Settings = ["--Reminders:PollInterval=00:10:00"];

    [Fact]
    public async Task A_full_dm_prompt_is_answered_with_buttons_and_a_note()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: Settings);
        var prompt = await PromptAsync(discord, bot);

        Assert.Contains("how is your pain today", prompt.Content, StringComparison.Ordinal);
        var pain = await discord.ClickAsync(prompt, "4", UserId);
        Assert.Equal(InteractionResponseType.UpdateMessage, pain.Type);
        Assert.StartsWith("Pain 4/10 saved", pain.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(pain.CustomIds, id => id.StartsWith("ci:pain:", StringComparison.Ordinal));
        var afterPain = await pain.WaitForMessageAsync();

        var mood = await discord.ClickAsync(afterPain, "3", UserId);
        Assert.Equal(InteractionResponseType.UpdateMessage, mood.Type);
        Assert.StartsWith("Mood 3/5 saved", mood.Content, StringComparison.Ordinal);
        var afterMood = await mood.WaitForMessageAsync();

        var open = await discord.ClickAsync(afterMood, "Add a note", UserId);
        Assert.Equal(InteractionResponseType.Modal, open.Type);
        var note = await discord.SubmitModalAsync(open.ModalCustomId!, new Dictionary<string, string> { ["note"] = "Walked to the shop, paced it." }, UserId, afterMood);
        Assert.Equal(InteractionResponseType.UpdateMessage, note.Type);
        Assert.Contains("Note saved", note.Content, StringComparison.Ordinal);
        Assert.Empty(note.Components);

        var saved = Assert.Single(Store(bot).ForUser(UserId));
        Assert.Equal((4, (int?)3, "Walked to the shop, paced it."), (saved.Pain, saved.Mood, saved.Note));
    }

    [Fact]
    public async Task Done_closes_the_prompt_and_a_half_finished_flow_is_kept()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: Settings);
        var prompt = await PromptAsync(discord, bot);

        var pain = await discord.ClickAsync(prompt, "9", UserId);
        Assert.Equal(9, Assert.Single(Store(bot).ForUser(UserId)).Pain);

        // The person stops here, in a flare; later they come back to the same message.
        bot.Time.Advance(TimeSpan.FromHours(3));
        var mood = await discord.ClickAsync(await pain.WaitForMessageAsync(), "1", UserId);
        var done = await discord.ClickAsync(await mood.WaitForMessageAsync(), "Done", UserId);

        Assert.Equal(InteractionResponseType.UpdateMessage, done.Type);
        Assert.StartsWith("All saved: pain 9/10 and mood 1/5", done.Content, StringComparison.Ordinal);
        Assert.Empty(done.Components);
        var saved = Assert.Single(Store(bot).ForUser(UserId));
        Assert.Equal((9, (int?)1, (string?)null), (saved.Pain, saved.Mood, saved.Note));
    }

    [Fact]
    public async Task Stale_foreign_and_forged_buttons_get_a_kind_answer_and_write_nothing()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: Settings);
        var prompt = await PromptAsync(discord, bot);
        var pain = await discord.ClickAsync(prompt, "5", UserId);
        var afterPain = await pain.WaitForMessageAsync();
        discord.SetInteractionUser(new FakeInteractionUser(OtherUserId) { InDm = true });

        var foreign = await discord.ClickAsync(afterPain, "2", OtherUserId);
        Assert.True(foreign.IsEphemeral);
        Assert.Contains("someone else's", foreign.Content, StringComparison.Ordinal);
        var id = Assert.Single(Store(bot).ForUser(UserId)).Id;
        var foreignNote = await discord.ClickAsync($"ci:note:{id}", OtherUserId);
        Assert.NotEqual(InteractionResponseType.Modal, foreignNote.Type);
        Assert.Contains("someone else's", foreignNote.Content, StringComparison.Ordinal);

        var forgedScore = await discord.ClickAsync($"ci:mood:{id}:99", UserId);
        Assert.True(forgedScore.IsEphemeral);
        Assert.Contains("from 1 to 5", forgedScore.Content, StringComparison.Ordinal);
        var forgedId = await discord.ClickAsync("ci:mood:not-a-check-in:3", UserId);
        Assert.Equal(CheckInPromptComponents.UnknownButtonMessage, forgedId.Content);
        var gone = await discord.ClickAsync("ci:done:0123456789abcdef01234567", UserId);
        Assert.Contains("isn't there any more", gone.Content, StringComparison.Ordinal);

        bot.Time.Advance(TimeSpan.FromDays(1));
        var stale = await discord.ClickAsync(prompt, "6", UserId);
        Assert.True(stale.IsEphemeral);
        Assert.Contains("has closed", stale.Content, StringComparison.Ordinal);
        var staleMood = await discord.ClickAsync(afterPain, "4", UserId);
        Assert.Contains("can't be changed from this button", staleMood.Content, StringComparison.Ordinal);

        var saved = Assert.Single(Store(bot).ForUser(UserId));
        Assert.Equal((5, (int?)null), (saved.Pain, saved.Mood));
        Assert.Empty(Store(bot).ForUser(OtherUserId));
    }

    [Fact]
    public async Task People_who_opted_in_to_the_peg_are_reminded_of_it_on_one_prompt_a_week()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: Settings);
        await discord.SlashAsync("peg weekly", UserId, ("enabled", true));
        var wednesday = await PromptAsync(discord, bot);
        Assert.DoesNotContain("/peg answer", wednesday.Content, StringComparison.Ordinal);

        bot.Time.Advance(TimeSpan.FromDays(4)); // Sunday 29 November, 10:01 in London
        await bot.Services.GetRequiredService<PromptDispatcher>().RunAsync();
        var sunday = discord.Messages(discord.DmChannelIdFor(UserId)).Last(m => m.Components.Length > 0);

        Assert.NotEqual(wednesday.Id, sunday.Id);
        Assert.EndsWith(PromptMessages.PegReminder, sunday.Content, StringComparison.Ordinal);
        var peg = await discord.SlashAsync("peg answer", UserId, ("pain", 4), ("enjoyment", 3), ("activity", 5));
        Assert.Contains("PEG-3 saved", peg.Content, StringComparison.Ordinal);
    }

    /// <summary>Sets a 10:00 London prompt (bot clock 09:00 UTC), lets it come due, and returns the DM.</summary>
    internal static async Task<Message> PromptAsync(FakeDiscord.FakeDiscord discord, TestBot bot, ulong userId = UserId)
    {
        discord.SetInteractionUser(new FakeInteractionUser(userId) { InDm = true });
        var set = await discord.SlashAsync("reminders set", userId, ("time", "10:00"), ("timezone", "Europe/London"));
        Assert.Contains("10:00 (Europe/London)", set.Content, StringComparison.Ordinal);
        bot.Time.Advance(TimeSpan.FromMinutes(61));
        await bot.Services.GetRequiredService<PromptDispatcher>().RunAsync();
        return Assert.Single(discord.Messages(discord.DmChannelIdFor(userId)), m => m.Components.Length > 0);
    }

    private static CheckInStore Store(TestBot bot) => bot.Services.GetRequiredService<CheckInStore>();
}
