using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Models;
using PainPalBot.Modules.CheckIns;

namespace PainPalBot.Tests.Features.CheckIns;

/// <summary><c>/checkin</c>, <c>/checkin-edit</c>, <c>/checkin-undo</c> and <c>/peg</c>, end to end through FakeDiscord.</summary>
public sealed class CheckInCommandTests
{
    private const ulong UserId = 610_000_000_000_000_001;

    [Fact]
    public async Task A_check_in_is_saved_and_answered_privately_saying_what_was_saved()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var reply = await discord.SlashAsync("checkin", UserId, ("pain", 7), ("mood", 2), ("energy", 1), ("sleep", 3), ("note", "Bad night, @everyone knows"));

        Assert.True(reply.IsEphemeral);
        Assert.Empty(reply.Data!.AllowedMentions!.Parse!);
        Assert.Contains("hard day", reply.Content, StringComparison.Ordinal);
        Assert.Contains("pain 7/10, mood 2/5, energy 1/5, sleep 3/5 and your note", reply.Content, StringComparison.Ordinal);
        var saved = Assert.Single(Store(bot).ForUser(UserId));
        Assert.Equal((7, 2, 1, 3, "Bad night, @everyone knows"), (saved.Pain, saved.Mood, saved.Energy, saved.Sleep, saved.Note));
        Assert.All(discord.Messages(FakeDiscord.FakeDiscord.DefaultChannelId), m => Assert.Equal((int)MessageFlags.Ephemeral, (m.Flags ?? 0) & (int)MessageFlags.Ephemeral));
    }

    [Fact]
    public async Task Out_of_range_and_forged_values_are_refused_kindly_and_save_nothing()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        // What a modified client could send: values outside the min/max Discord was told about.
        var pain = await discord.SlashAsync("checkin", UserId, ("pain", 11));
        var mood = await discord.SlashAsync("checkin", UserId, ("pain", 3), ("mood", JsonSerializer.SerializeToElement(9)));
        var negative = await discord.SlashAsync("checkin", UserId, ("pain", -1));
        var note = await discord.SlashAsync("checkin", UserId, ("pain", 3), ("note", new string('a', 501)));
        var text = await discord.SlashAsync("checkin", UserId, ("pain", "four"));

        Assert.True(text.IsEphemeral);
        foreach (var reply in new[] { pain, mood, negative, note })
        {
            Assert.True(reply.IsEphemeral, reply.ToString());
            Assert.Contains("Nothing was saved", reply.Content, StringComparison.Ordinal);
        }
        Assert.Contains("pain", pain.Content, StringComparison.Ordinal);
        Assert.Contains("mood", mood.Content, StringComparison.Ordinal);
        Assert.Empty(Store(bot).ForUser(UserId));
    }

    [Fact]
    public async Task Todays_last_check_in_can_be_edited_and_undone()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        await discord.SlashAsync("checkin", UserId, ("pain", 3));
        bot.Time.Advance(TimeSpan.FromHours(2));
        await discord.SlashAsync("checkin", UserId, ("pain", 8), ("note", "flare"));

        var edit = await discord.SlashAsync("checkin-edit", UserId, ("pain", 6), ("sleep", 2));
        Assert.True(edit.IsEphemeral);
        Assert.Contains("pain 6/10, sleep 2/5 and your note", edit.Content, StringComparison.Ordinal);
        var refused = await discord.SlashAsync("checkin-edit", UserId, ("mood", 0));
        Assert.Contains("out of range", refused.Content, StringComparison.Ordinal);

        var undo = await discord.SlashAsync("checkin-undo", UserId);
        Assert.True(undo.IsEphemeral);
        Assert.Contains("Removed your last check-in", undo.Content, StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single(Store(bot).ForUser(UserId)).Pain);

        await discord.SlashAsync("checkin-undo", UserId);
        var nothing = await discord.SlashAsync("checkin-undo", UserId);
        Assert.Contains("no check-in today", nothing.Content, StringComparison.Ordinal);
        Assert.Empty(Store(bot).ForUser(UserId));
    }

    [Fact]
    public async Task The_peg_is_opt_in_and_its_answers_are_checked()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var off = await discord.SlashAsync("peg answer", UserId, ("pain", 5), ("enjoyment", 6), ("activity", 7));
        Assert.Contains("is off", off.Content, StringComparison.Ordinal);

        var on = await discord.SlashAsync("peg weekly", UserId, ("enabled", true));
        Assert.True(on.IsEphemeral);
        Assert.Contains("PEG-3 is on", on.Content, StringComparison.Ordinal);

        var forged = await discord.SlashAsync("peg answer", UserId, ("pain", 5), ("enjoyment", 11), ("activity", 7));
        Assert.Contains("Nothing was saved", forged.Content, StringComparison.Ordinal);

        var saved = await discord.SlashAsync("peg answer", UserId, ("pain", 5), ("enjoyment", 6), ("activity", 7));
        Assert.True(saved.IsEphemeral);
        Assert.Contains("score 6.0 of 10", saved.Content, StringComparison.Ordinal);
        Assert.Equal(6.0, Assert.Single(Store(bot).PegsForUser(UserId)).Score, 3);

        var stop = await discord.SlashAsync("peg weekly", UserId, ("enabled", false));
        Assert.Contains("PEG-3 is off", stop.Content, StringComparison.Ordinal);
    }

    private static CheckInStore Store(TestBot bot) => bot.Services.GetRequiredService<CheckInStore>();
}
