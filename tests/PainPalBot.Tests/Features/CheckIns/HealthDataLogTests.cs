using Microsoft.Extensions.DependencyInjection;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.Reminders;

namespace PainPalBot.Tests.Features.CheckIns;

/// <summary>Scores and notes never reach the logs (the real host's Serilog pipeline) through a check-in, a prompt, a history or an export.</summary>
public sealed class HealthDataLogTests
{
    private const ulong UserId = 680_000_000_000_000_001;
    private const string Note = "Quokka-sentinel note about my left hip";
    private const string ModalNote = "Wombat-sentinel note from the prompt";

    private static readonly string[] HealthProperties = ["Pain", "Mood", "Energy", "Sleep", "Note", "Score", "Enjoyment", "Activity", "Content"];

    [Fact]
    public async Task No_score_or_note_reaches_the_logs()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: "--Reminders:PollInterval=00:10:00");
        discord.SetInteractionUser(new FakeInteractionUser(UserId) { InDm = true });

        await discord.SlashAsync("reminders set", UserId, ("time", "10:00"), ("timezone", "Europe/London"));
        bot.Time.Advance(TimeSpan.FromMinutes(61));
        await bot.Services.GetRequiredService<PromptDispatcher>().RunAsync();
        var prompt = Assert.Single(discord.Messages(discord.DmChannelIdFor(UserId)), m => m.Components.Length > 0);
        var pain = await discord.ClickAsync(prompt, "9", UserId);
        var mood = await discord.ClickAsync(await pain.WaitForMessageAsync(), "1", UserId);
        var afterMood = await mood.WaitForMessageAsync();
        var form = await discord.ClickAsync(afterMood, "Add a note", UserId);
        await discord.SubmitModalAsync(form.ModalCustomId!, new Dictionary<string, string> { ["note"] = ModalNote }, UserId, afterMood);

        await discord.SlashAsync("checkin", UserId, ("pain", 7), ("mood", 2), ("energy", 4), ("sleep", 1), ("note", Note));
        await discord.SlashAsync("checkin-edit", UserId, ("pain", 8));
        await discord.SlashAsync("peg weekly", UserId, ("enabled", true));
        await discord.SlashAsync("peg answer", UserId, ("pain", 7), ("enjoyment", 9), ("activity", 3));


        var history = await discord.SlashAsync("history", UserId, ("days", 7));
        await history.WaitForMessageAsync(TimeSpan.FromSeconds(30));
        var export = await discord.SlashAsync("mydata export", UserId);
        Assert.Contains("sent your data", await export.WaitForContentAsync(TimeSpan.FromSeconds(30)), StringComparison.Ordinal);

        var logs = bot.Logs.AllText();
        Assert.Contains("History of 7 days", logs, StringComparison.Ordinal);
        Assert.Contains("Exported data of", logs, StringComparison.Ordinal);
        Assert.Contains("Prompt run: 1 sent", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Note, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(ModalNote, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Quokka", logs, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d/(10|5)\b", logs);
        Assert.DoesNotContain("score", logs, StringComparison.OrdinalIgnoreCase);
        foreach (var e in bot.Logs.Events)
            Assert.DoesNotContain(e.Properties.Keys, k => HealthProperties.Contains(k, StringComparer.OrdinalIgnoreCase));
    }
}
