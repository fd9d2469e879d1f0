using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Tests.Interactions;

public sealed class ComponentAndModalTests
{
    [Fact]
    public async Task A_button_with_wildcards_binds_its_captures_and_updates_the_message()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        var menu = await discord.SlashAsync("buttons");
        Assert.Equal(["sample:rate:2024-05-01:4", "sample:pick"], menu.CustomIds);

        var click = await discord.ClickAsync(menu.Original!, "Four");

        Assert.Equal(InteractionResponseType.UpdateMessage, click.Type);
        Assert.Equal("Saved.", click.Content);
        Assert.Empty(click.Components);
        Assert.Equal(["2024-05-01", 4], bot.Recorder.Single("rate"));
    }

    [Fact]
    public async Task A_stale_button_is_answered_not_thrown()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var click = await discord.ClickAsync("sample:rate:2024-05-01:lots");

        Assert.True(click.IsEphemeral);
        Assert.Equal("That button or menu is out of date; please run the command again. Nothing was saved.", click.Content);
        Assert.Empty(bot.Recorder.Calls);
    }

    [Fact]
    public async Task A_button_nobody_handles_gets_a_private_answer()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var click = await discord.ClickAsync("old-version:button");

        Assert.True(click.IsEphemeral);
        Assert.Equal("That command or button isn't available any more. Nothing was changed.", click.Content);
    }

    [Fact]
    public async Task Select_values_are_bound_to_a_string_array()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SelectAsync("sample:pick", ["red", "green"]);

        Assert.Equal("picked 2", reply.Content);
        Assert.Equal(["red", "green"], Assert.IsType<string[]>(bot.Recorder.Single("pick")[0]));
    }

    [Fact]
    public async Task A_modal_is_shown_with_labelled_text_inputs()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SlashAsync("form");

        Assert.Equal(InteractionResponseType.Modal, reply.Type);
        Assert.Equal("feedback:7", reply.ModalCustomId);
        Assert.Equal("Tell us more", reply.Data!.Title);
        Assert.Equal(2, reply.Components.Count);
        var headline = reply.Components[0];
        Assert.Equal(ComponentType.Label, headline.Type);
        Assert.Equal("Headline", headline.Label);
        Assert.Equal("One line", headline.Description);
        Assert.Equal(ComponentType.TextInput, headline.Child!.Type);
        Assert.Equal("headline", headline.Child.CustomId);
        Assert.Equal((int)TextInputStyle.Short, headline.Child.Style);
        Assert.Equal(2, headline.Child.MinLength);
        Assert.Equal(50, headline.Child.MaxLength);
        Assert.True(headline.Child.Required);
        Assert.False(reply.Components[1].Child!.Required);
        Assert.Equal((int)TextInputStyle.Paragraph, reply.Components[1].Child!.Style);
        Assert.Contains("\"component\":{", reply.Callback.Request.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_modal_submit_binds_the_capture_and_the_fields()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SubmitModalAsync("feedback:7", new Dictionary<string, string> { ["headline"] = "Bad day", ["details"] = "" });

        Assert.Equal("Thanks.", reply.Content);
        Assert.Equal([7UL, "Bad day", null], bot.Recorder.Single("feedback"));
    }

    [Theory]
    [InlineData("", "Headline is required. Nothing was saved.")]
    [InlineData("x", "That text is too short: Headline needs at least 2 characters. Nothing was saved.")]
    public async Task A_modal_submit_is_checked_again(string headline, string expected)
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SubmitModalAsync("feedback:7", new Dictionary<string, string> { ["headline"] = headline });

        Assert.True(reply.IsEphemeral);
        Assert.Equal(expected, reply.Content);
        Assert.Empty(bot.Recorder.Calls);
    }
}
