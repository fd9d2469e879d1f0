using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Tests.Interactions.Sample;

namespace PainPalBot.Discord.Tests.Interactions;

public sealed class RegistrationTests
{
    private static string ExpectedPath([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "expected-commands.json");

    [Fact]
    public async Task Registration_payload_matches_the_expected_json()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord, devGuildId: discord.Options.GuildId);

        Assert.True(await bot.Interactions.RegisterCommandsAsync(discord.ApplicationId));

        var put = Assert.Single(discord.Requests, r => r.Method == "PUT");
        Assert.Equal($"/applications/{discord.ApplicationId}/guilds/{discord.Options.GuildId}/commands", put.Path);
        var actual = JsonNode.Parse(put.Json)!;
        if (Environment.GetEnvironmentVariable("PAINPAL_UPDATE_EXPECTED") == "1")
            await File.WriteAllTextAsync(ExpectedPath(), actual.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(ExpectedPath()))!;
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Registration payload differs from expected-commands.json:\n{actual.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
        Assert.Equal(20, discord.GuildCommands(discord.Options.GuildId).Count);
    }

    [Fact]
    public async Task Registration_is_skipped_when_the_command_set_is_unchanged_across_restarts()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        var statePath = Path.Combine(Path.GetTempPath(), $"painpal-commands-{Guid.NewGuid():N}.txt");
        await using (var first = InteractionTestBot.Start(discord, statePath))
        {
            Assert.True(await first.Interactions.RegisterCommandsAsync(discord.ApplicationId));
            Assert.False(await first.Interactions.RegisterCommandsAsync(discord.ApplicationId));
            File.Copy(statePath, statePath + ".keep");
        }
        File.Move(statePath + ".keep", statePath);

        await using var second = InteractionTestBot.Start(discord, statePath);
        Assert.False(await second.Interactions.RegisterCommandsAsync(discord.ApplicationId));
        Assert.Single(discord.Requests, r => r.Method == "PUT");
        Assert.Contains(second.Logs.Entries, e => e.Message.Contains("registration skipped", StringComparison.Ordinal));

        // A changed set is registered again.
        second.Interactions.AddModule<ExtraModule>();
        Assert.True(await second.Interactions.RegisterCommandsAsync(discord.ApplicationId));
        Assert.Equal(2, discord.Requests.Count(r => r.Method == "PUT"));
        Assert.Contains(discord.GlobalCommands, c => c.Name == "extra");
    }

    [Fact]
    public async Task Commands_go_global_without_a_dev_guild_and_to_the_dev_guild_with_one()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using (var global = InteractionTestBot.Start(discord))
            Assert.True(await global.Interactions.RegisterCommandsAsync(discord.ApplicationId));
        Assert.Contains(discord.GlobalCommands, c => c.Name == "ping");

        await using var dev = InteractionTestBot.Start(discord, devGuildId: 1234);
        Assert.True(await dev.Interactions.RegisterCommandsAsync(discord.ApplicationId));
        Assert.Single(discord.Requests, r => r.Method == "PUT" && r.Path.EndsWith("/guilds/1234/commands", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Modules_are_found_in_an_assembly_and_nested_groups_come_along()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        var added = await bot.Interactions.AddModulesAsync(typeof(ExtraModule).Assembly);
        Assert.Contains(typeof(ExtraModule), added);
        Assert.DoesNotContain(typeof(SampleModule), added); // already added through DI
        Assert.Contains(typeof(RemindersModule.QuietModule), bot.Interactions.Modules);
    }

    [Fact]
    public void The_hash_is_stable_for_the_same_commands()
    {
        ApplicationCommand[] commands = [new() { Type = ApplicationCommandType.ChatInput, Name = "a", Description = "b" }];
        Assert.Equal(InteractionService.ComputeHash(commands), InteractionService.ComputeHash([commands[0] with { }]));
        Assert.NotEqual(InteractionService.ComputeHash(commands), InteractionService.ComputeHash([commands[0] with { Description = "c" }]));
    }
}
