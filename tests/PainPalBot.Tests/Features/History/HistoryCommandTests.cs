using PainPalBot.Discord.Models;

namespace PainPalBot.Tests.Features.History;

/// <summary><c>/history</c> end to end: a private deferral, then the summary with the PNG chart and its alt text.</summary>
public sealed class HistoryCommandTests
{
    private const ulong UserId = 650_000_000_000_000_001;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task History_is_private_with_a_summary_and_a_chart_with_alt_text()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        foreach (var pain in new[] { 6, 4, 5, 3 })
        {
            await discord.SlashAsync("checkin", UserId, ("pain", pain), ("mood", 3));
            bot.Time.Advance(TimeSpan.FromDays(1));
        }
        await discord.SlashAsync("checkin", UserId, ("pain", 2));

        var reply = await discord.SlashAsync("history", UserId, ("days", 30));

        Assert.Equal(InteractionResponseType.DeferredChannelMessageWithSource, reply.Type);
        Assert.True(reply.IsEphemeral);
        var message = await reply.WaitForMessageAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("You checked in on 5 of 30 days", message.Content, StringComparison.Ordinal);
        Assert.Contains("not counted as zero", message.Content, StringComparison.Ordinal);
        var upload = discord.Requests.Last(r => r.Path.Contains(reply.Interaction.Token, StringComparison.Ordinal) && r.Files.Count > 0);
        var chart = Assert.Single(upload.Files);
        Assert.Equal("pain-history-30-days.png", chart.FileName);
        Assert.Equal(PngSignature, chart.Content[..8]);
        Assert.True(chart.Content.Length > 5_000, $"A readable chart is more than {chart.Content.Length} bytes.");
        var attachment = Assert.Single(upload.JsonBody().GetProperty("attachments").EnumerateArray());
        var alt = attachment.GetProperty("description").GetString()!;
        Assert.InRange(alt.Length, 20, 1024);
        Assert.Equal(0, upload.JsonBody().GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task History_without_check_ins_says_so_kindly_and_an_unoffered_period_is_refused()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var empty = await discord.SlashAsync("history", UserId);
        Assert.True(empty.IsEphemeral);
        Assert.Contains("no check-ins yet", await empty.WaitForContentAsync(TimeSpan.FromSeconds(30)), StringComparison.Ordinal);

        var forged = await discord.SlashAsync("history", UserId, ("days", 365));
        Assert.True(forged.IsEphemeral);
        Assert.Contains("Nothing was", forged.Content, StringComparison.Ordinal);
    }
}
