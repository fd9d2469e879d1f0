using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.FakeDiscord;

namespace PainPalBot.Discord.Tests.Interactions;

public sealed class FailureTests
{
    [Fact]
    public async Task A_failing_permission_precondition_answers_privately_and_runs_nothing()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SlashAsync("admin", userId: 42);
        await reply.Delivery;

        Assert.True(reply.IsEphemeral);
        Assert.Equal("You need the Manage Guild permission to do that. Nothing was changed.", reply.Content);
        Assert.Empty(bot.Recorder.Calls);
        var entry = Assert.Single(bot.Logs.Entries, e => e.Message.Contains("precondition", StringComparison.Ordinal));
        Assert.Equal(reply.Interaction.Id, entry.Property("InteractionId"));
    }

    [Fact]
    public async Task Permissions_and_administrators_pass_the_permission_precondition()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        discord.SetInteractionUser(new FakeInteractionUser(7) { Permissions = GuildPermission.ManageGuild });
        discord.SetInteractionUser(new FakeInteractionUser(8) { Permissions = GuildPermission.Administrator });

        Assert.Equal("settings", (await discord.SlashAsync("admin", userId: 7)).Content);
        Assert.Equal("settings", (await discord.SlashAsync("admin", userId: 8)).Content);
    }

    [Fact]
    public async Task Context_preconditions_tell_guild_from_dm()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        discord.SetInteractionUser(new FakeInteractionUser(44) { InDm = true });

        Assert.Equal("This only works in a DM with the bot.", (await discord.SlashAsync("private", userId: 42)).Content);
        Assert.Equal("just us", (await discord.SlashAsync("private", userId: 44)).Content);
        Assert.Equal("This only works in a server, not in DMs.", (await discord.SlashAsync("admin", userId: 44)).Content);
    }

    [Fact]
    public async Task A_custom_precondition_refuses_with_its_reason()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        Assert.Equal("Only people with even ids may do that. Nothing was changed.", (await discord.SlashAsync("even", userId: 43)).Content);
        Assert.Equal("even", (await discord.SlashAsync("even", userId: 42)).Content);
    }

    [Fact]
    public async Task A_throwing_handler_gives_a_private_apology_and_one_log_entry_without_the_values()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SlashAsync("boom", 42, ("secret", "pain-level-9-private"));
        var result = await Assert.IsAssignableFrom<Task<InteractionResult>>(reply.Delivery);

        Assert.True(reply.IsEphemeral);
        Assert.Equal("Sorry, something went wrong on our side, and it may not have been saved. Please try again in a moment.", reply.Content);
        Assert.Equal(InteractionCommandError.Exception, result.Error);
        var error = Assert.Single(bot.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal(reply.Interaction.Id, error.Property("InteractionId"));
        Assert.Equal("boom", error.Property("CommandName"));
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.AllText.Contains("pain-level-9-private", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_log_entry_of_an_interaction_carries_its_id_in_the_scope()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SlashAsync("admin");
        await reply.Delivery;

        var entries = bot.Logs.Entries.Where(e => e.ScopeProperties.Any(p => p.Key == "InteractionId")).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(reply.Interaction.Id, e.ScopeProperties.First(p => p.Key == "InteractionId").Value));
    }

    [Fact]
    public async Task Unknown_interaction_10062_is_logged_not_thrown()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        discord.FailNext("POST", "/interactions/*/*/callback", FakeFault.Error(404, DiscordErrorCodes.UnknownInteraction, "Unknown interaction"));
        var interaction = discord.BuildSlashInteraction("ping", discord.InteractionUser(42));

        var result = await bot.Interactions.ExecuteAsync(interaction);

        Assert.True(result.IsSuccess);
        var warning = Assert.Single(bot.Logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("10062", warning.Message, StringComparison.Ordinal);
        Assert.Equal(interaction.Id, warning.Property("InteractionId"));
        // Nothing more is tried with a dead token.
        Assert.Single(discord.Requests);
    }

    [Fact]
    public async Task Already_acknowledged_40060_is_logged_and_the_answer_becomes_a_followup()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        var interaction = discord.BuildSlashInteraction("ping", discord.InteractionUser(42));
        var rest = (IDiscordRestClient)bot.Services.GetService(typeof(IDiscordRestClient))!;
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, new InteractionResponse { Type = InteractionResponseType.DeferredChannelMessageWithSource });

        var result = await bot.Interactions.ExecuteAsync(interaction);

        Assert.True(result.IsSuccess);
        Assert.Contains(bot.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("40060", StringComparison.Ordinal));
        Assert.Equal("pong", Assert.Single(discord.FollowupsFor(interaction.Token)).Content);
    }

    [Fact]
    public async Task A_handler_that_answers_nothing_still_leaves_the_user_an_answer()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SlashAsync("silent");
        await reply.Delivery;

        Assert.True(reply.IsEphemeral);
        Assert.Equal("Done.", reply.Content);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("without answering", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_command_gets_a_private_answer()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SlashAsync("retired");

        Assert.True(reply.IsEphemeral);
        Assert.Equal("That command or button isn't available any more. Nothing was changed.", reply.Content);
    }
}
