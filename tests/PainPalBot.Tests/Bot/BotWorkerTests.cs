using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Interactions;

namespace PainPalBot.Tests.Bot;

/// <summary>The real host against FakeDiscord: gateway in, interactions answered, commands registered, events fanned out.</summary>
public sealed class BotWorkerTests
{
    private static readonly RecordingHandlers Handlers = new();

    private static Task<TestBot> StartBotAsync(FakeDiscord.FakeDiscord discord) =>
        TestBot.StartAsync(discord, configure: services =>
        {
            services.AddInteractionModule<PingModule>();
            services.AddSingleton<IMessageCreatedHandler>(Handlers);
            services.AddSingleton<IGuildEventsHandler>(Handlers);
        });

    [Fact]
    public async Task A_slash_command_sent_over_the_gateway_is_answered_privately()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await StartBotAsync(discord);

        var reply = await discord.SlashAsync("ping");

        Assert.Equal("pong", reply.Content);
        Assert.True(reply.IsEphemeral);
    }

    [Fact]
    public async Task Commands_are_registered_globally_after_ready_and_not_again_when_unchanged()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using (await StartBotAsync(discord))
        {
            Assert.Contains(discord.GlobalCommands, c => c.Name == "ping");
        }
        var puts = discord.Requests.Count(r => r.Method == "PUT");
        Assert.Equal(1, puts);
    }

    [Fact]
    public async Task Commands_go_to_the_dev_guild_when_one_is_set()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, configure: s => s.AddInteractionModule<PingModule>(), settings: $"--Discord:DevGuildId={discord.Options.GuildId}");

        Assert.Contains(discord.GuildCommands(discord.Options.GuildId), c => c.Name == "ping");
        Assert.Empty(discord.GlobalCommands);
    }

    [Fact]
    public async Task A_slow_command_does_not_hold_up_the_next_one()
    {
        PingModule.SlowGate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await StartBotAsync(discord);

        var slow = discord.SlashAsync("slow");
        var quick = await discord.SlashAsync("ping");
        PingModule.SlowGate.TrySetResult();

        Assert.Equal("pong", quick.Content);
        Assert.Equal("finally", (await slow).Content);
    }

    [Fact]
    public async Task Messages_and_guild_events_reach_the_features_but_the_bot_s_own_messages_do_not()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await StartBotAsync(discord);

        await discord.DispatchAsync("MESSAGE_CREATE", new PainPalBot.Discord.Models.Message
        {
            Id = 5001, ChannelId = 77, GuildId = discord.Options.GuildId, Content = "hello",
            Author = new() { Id = discord.BotUserId, Username = "PainPalBot", Bot = true },
        });
        await discord.DispatchAsync("MESSAGE_CREATE", new PainPalBot.Discord.Models.Message
        {
            Id = 5002, ChannelId = 77, GuildId = discord.Options.GuildId, Content = "hello",
            Author = new() { Id = 42, Username = "sam" },
        });
        await discord.DispatchAsync("GUILD_CREATE", new PainPalBot.Discord.Models.Guild { Id = 9_999, Name = "New server", OwnerId = 42 });
        await discord.DispatchAsync("GUILD_DELETE", new PainPalBot.Discord.Models.Guild { Id = 9_999 });

        await Handlers.WaitForAsync("message:5002");
        await Handlers.WaitForAsync("joined:9999");
        await Handlers.WaitForAsync("left:9999");
        Assert.DoesNotContain("message:5001", Handlers.Seen);
    }

    [Fact]
    public async Task A_fatal_close_stops_the_host_with_exit_code_3()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        using var folder = new TempFolder();
        using var error = new StringWriter();
        var run = BotHost.RunAsync([$"--Discord:Token={discord.Token}", $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}", $"--Storage:Path={folder.File("p.db")}"], error);
        var session = await discord.WaitForReadyAsync();

        await session.CloseAsync(4004, "Authentication failed.");

        Assert.Equal(BotWorker.GatewayFatalExitCode, await run.WaitAsync(TimeSpan.FromSeconds(20)));
    }
}
