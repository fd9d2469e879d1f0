using System.Text.Json;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;

namespace PainPalBot.Tests.Features.Privacy;

/// <summary><c>/mydata export</c> and <c>/mydata delete</c> end to end: files by DM, a bound confirmation, nothing left behind.</summary>
public sealed class MyDataCommandTests
{
    private const ulong UserId = 660_000_000_000_000_001;
    private const ulong OtherUserId = 670_000_000_000_000_002;
    private const string Note = "Physio helped, knee still swollen";

    private static readonly string[] Settings = ["--Reminders:PollInterval=00:10:00"];

    [Fact]
    public async Task Export_sends_json_and_csv_files_by_dm_and_answers_privately()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: Settings);
        await discord.SlashAsync("checkin", UserId, ("pain", 6), ("mood", 2), ("note", Note));
        await discord.SlashAsync("reminders set", UserId, ("time", "20:00"), ("timezone", "Europe/London"));
        await discord.SlashAsync("checkin", OtherUserId, ("pain", 1), ("note", "someone else's note"));

        var reply = await discord.SlashAsync("mydata export", UserId);

        Assert.True(reply.IsEphemeral);
        Assert.Contains("sent your data to your DMs", await reply.WaitForContentAsync(TimeSpan.FromSeconds(30)), StringComparison.Ordinal);
        var dms = discord.Requests.Where(r => r.Method == "POST" && r.Path == $"/channels/{discord.DmChannelIdFor(UserId)}/messages").ToList();
        Assert.NotEmpty(dms);
        Assert.All(dms, r => Assert.InRange(r.Files.Count, 1, 10));
        var files = dms.SelectMany(r => r.Files).ToList();

        using var json = JsonDocument.Parse(Assert.Single(files, f => f.FileName == "painpal-data.json").Content);
        var checkIn = Assert.Single(json.RootElement.EnumerateObject().SelectMany(s => s.Value.EnumerateArray()), row => row.TryGetProperty("note", out var n) && n.GetString() == Note);
        Assert.Equal("6", checkIn.GetProperty("pain").GetString());
        Assert.DoesNotContain("someone else's note", json.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(json.RootElement.EnumerateObject(), s => s.Value.EnumerateArray().Any(r => r.ToString().Contains("Europe/London", StringComparison.Ordinal)));

        var csvs = files.Where(f => f.FileName!.EndsWith(".csv", StringComparison.Ordinal)).ToList();
        Assert.Equal(json.RootElement.EnumerateObject().Count(), csvs.Count);
        var checkInCsv = Assert.Single(csvs, f => f.Text.Contains(Note, StringComparison.Ordinal));
        var lines = checkInCsv.Text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("pain", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(csvs, f => f.Text.Contains("someone else's note", StringComparison.Ordinal));
        Assert.All(discord.Messages(FakeDiscord.FakeDiscord.DefaultChannelId), m => Assert.Equal((int)MessageFlags.Ephemeral, (m.Flags ?? 0) & (int)MessageFlags.Ephemeral));
    }

    [Fact]
    public async Task Export_to_closed_dms_says_so_privately_and_posts_nothing()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: Settings);
        await discord.SlashAsync("checkin", UserId, ("pain", 6), ("note", Note));
        discord.FailNext("POST", "/channels/*/messages", FakeFault.Error(403, 50007, "Cannot send messages to this user"));

        var reply = await discord.SlashAsync("mydata export", UserId);

        Assert.True(reply.IsEphemeral);
        Assert.Contains("won't let me DM you", await reply.WaitForContentAsync(TimeSpan.FromSeconds(30)), StringComparison.Ordinal);
        Assert.DoesNotContain(discord.Requests, r => r.Method == "POST" && r.Path.StartsWith("/channels/", StringComparison.Ordinal) && r.StatusCode < 300);
        Assert.All(discord.Messages(FakeDiscord.FakeDiscord.DefaultChannelId), m => Assert.Equal((int)MessageFlags.Ephemeral, (m.Flags ?? 0) & (int)MessageFlags.Ephemeral));
    }

    [Fact]
    public async Task Delete_asks_first_and_then_leaves_nothing_of_that_person()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: Settings);
        discord.SetInteractionUser(new FakeInteractionUser(UserId) { InDm = true });
        await discord.SlashAsync("checkin", UserId, ("pain", 6), ("note", Note));
        await discord.SlashAsync("peg weekly", UserId, ("enabled", true));
        await discord.SlashAsync("peg answer", UserId, ("pain", 5), ("enjoyment", 5), ("activity", 5));
        await discord.SlashAsync("reminders set", UserId, ("time", "10:00"), ("timezone", "Europe/London"));
        bot.Time.Advance(TimeSpan.FromHours(26));
        await bot.Services.GetService<Modules.Reminders.PromptDispatcher>()!.RunAsync();
        await discord.SlashAsync("checkin", OtherUserId, ("pain", 2));
        Assert.True(Mentions(bot.Db, UserId) > 0);

        var ask = await discord.SlashAsync("mydata delete", UserId);
        Assert.True(ask.IsEphemeral);
        Assert.Contains("can't be undone", ask.Content, StringComparison.Ordinal);
        var askMessage = await ask.WaitForMessageAsync();

        var cancel = await discord.ClickAsync(askMessage, "Cancel", UserId);
        Assert.Equal("Cancelled. Nothing was deleted.", cancel.Content);
        Assert.True(Mentions(bot.Db, UserId) > 0);

        var foreign = await discord.ClickAsync(askMessage, "Delete everything", OtherUserId);
        Assert.True(foreign.IsEphemeral);
        Assert.Contains("someone else's request", foreign.Content, StringComparison.Ordinal);
        Assert.True(Mentions(bot.Db, UserId) > 0);

        var confirm = await discord.ClickAsync(askMessage, "Delete everything", UserId);
        Assert.Equal(InteractionResponseType.UpdateMessage, confirm.Type);
        Assert.Matches(@"^Done\. I deleted \d+ records", confirm.Content);
        Assert.Empty(confirm.Components);
        Assert.Equal(0, Mentions(bot.Db, UserId));
        Assert.True(Mentions(bot.Db, OtherUserId) > 0);
    }

    // Every document of every collection, as LiteDB's JSON, searched for the id in any form it is stored in.
    private static int Mentions(ILiteDatabase db, ulong userId)
    {
        var id = userId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var count = 0;
        foreach (var name in db.GetCollectionNames())
        {
            foreach (var document in db.GetCollection(name).FindAll())
            {
                if (LiteDB.JsonSerializer.Serialize(document).Contains(id, StringComparison.Ordinal))
                    count++;
            }
        }
        return count;
    }
}
