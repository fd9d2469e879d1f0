using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Tests.Interactions;

public sealed class AutoDeferTests
{
    [Fact]
    public async Task A_slow_private_handler_is_deferred_ephemerally_and_its_answer_replaces_the_deferral()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var pending = discord.SlashAsync("slow");
        Assert.False(pending.IsCompleted);
        bot.Time.Advance(TimeSpan.FromMilliseconds(2500));
        var reply = await pending;

        Assert.Equal(InteractionResponseType.DeferredChannelMessageWithSource, reply.Type);
        Assert.True(reply.IsEphemeral);

        bot.Gate.Open();
        Assert.Equal("done slowly", await reply.WaitForContentAsync());
        await reply.Delivery;
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("deferred by the framework", StringComparison.Ordinal));
        Assert.Equal("and one more thing", Assert.Single(reply.Followups).Content);
        Assert.Equal((int)MessageFlags.Ephemeral, reply.Followups[0].Flags);
    }

    [Fact]
    public async Task A_private_answer_after_a_public_deferral_is_sent_privately()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var pending = discord.SlashAsync("slowpublic");
        bot.Time.Advance(TimeSpan.FromSeconds(2.5));
        var reply = await pending;
        Assert.False(reply.IsEphemeral);

        bot.Gate.Open();
        await reply.Delivery;

        Assert.Null(reply.Original);
        var followup = Assert.Single(reply.Followups);
        Assert.Equal("private after all", followup.Content);
        Assert.Equal((int)MessageFlags.Ephemeral, followup.Flags);
    }

    [Fact]
    public async Task A_fast_handler_is_not_deferred()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SlashAsync("ping");
        bot.Time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(InteractionResponseType.ChannelMessageWithSource, reply.Type);
        Assert.Single(discord.Requests, r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_button_is_acknowledged_silently_and_answers_with_a_followup()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var pending = discord.ClickAsync("sample:slow");
        bot.Time.Advance(TimeSpan.FromSeconds(2.5));
        var reply = await pending;
        Assert.Equal(InteractionResponseType.DeferredUpdateMessage, reply.Type);

        bot.Gate.Open();
        Assert.Equal("later", await reply.WaitForContentAsync());
        await reply.Delivery;
        Assert.Equal((int)MessageFlags.Ephemeral, Assert.Single(reply.Followups).Flags);
    }

    [Fact]
    public async Task A_handler_can_defer_edit_and_follow_up_itself()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SlashAsync("explicit");
        await reply.Delivery;

        Assert.Equal(InteractionResponseType.DeferredChannelMessageWithSource, reply.Type);
        Assert.True(reply.IsEphemeral);
        Assert.Equal("edited", reply.Original!.Content);
        Assert.Equal((int)MessageFlags.Ephemeral, reply.Original.Flags);
        Assert.Equal("second", Assert.Single(reply.Followups).Content);
    }
}
