using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NSubstitute;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Discord.Tests.Gateway;

public sealed class GatewayConnectTests
{
    [Theory]
    [InlineData(false, 1 | (1 << 9) | (1 << 12))]
    [InlineData(true, 1 | (1 << 9) | (1 << 12) | (1 << 15))]
    public async Task Identify_carries_token_intents_shard_and_properties(bool messageContent, int expectedIntents)
    {
        await using var h = await GatewayHarness.StartAsync(discord: o =>
        {
            o.MessageContentIntent = messageContent;
            o.ShardId = 1;
            o.ShardCount = 3;
        });

        var connection = await h.Fake.WaitForReadyAsync();
        await h.WaitForReadyHandledAsync();

        var identify = Assert.Single(h.Fake.GatewayIdentifies);
        Assert.Equal(h.Fake.Token, identify.Token);
        Assert.Equal(expectedIntents, (int)identify.Intents);
        Assert.Equal([1, 3], identify.Shard ?? []);
        Assert.False(string.IsNullOrEmpty(identify.Properties.Os));
        Assert.Equal("PainPalBot.Discord", identify.Properties.Browser);
        Assert.Equal("PainPalBot.Discord", identify.Properties.Device);
        Assert.Contains("v=10", connection.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", connection.Query, StringComparison.Ordinal);
        Assert.False(connection.ConnectedToResumeUrl);
    }

    [Fact]
    public async Task Ready_keeps_session_user_and_application()
    {
        await using var h = await GatewayHarness.StartAsync();

        var connection = await h.Fake.WaitForReadyAsync();
        await h.WaitForReadyHandledAsync();

        var ready = Assert.Single(h.Readies);
        Assert.Equal(connection.SessionId, h.Client.SessionId);
        Assert.Equal(connection.SessionId, ready.SessionId);
        Assert.Equal(h.Fake.GatewayResumeUrl.ToString(), ready.ResumeGatewayUrl);
        Assert.Equal(h.Fake.BotUserId, h.Client.CurrentUser?.Id);
        Assert.Equal(h.Fake.ApplicationId, h.Client.ApplicationId);
        Assert.Equal(ConnectionState.Connected, h.Client.ConnectionState);
    }

    [Fact]
    public async Task Guild_create_and_delete_become_available_joined_unavailable_and_left()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.Fake.WaitForReadyAsync();
        await h.WaitForReadyHandledAsync();
        const ulong newGuild = 800_000_000_000_000_999;

        await h.Fake.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = newGuild.ToString(System.Globalization.CultureInfo.InvariantCulture), ["name"] = "New" });
        await h.Fake.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = newGuild.ToString(System.Globalization.CultureInfo.InvariantCulture), ["unavailable"] = true });
        await h.Fake.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = newGuild.ToString(System.Globalization.CultureInfo.InvariantCulture), ["name"] = "New" });
        await h.Fake.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = newGuild.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await h.Changed.WaitUntilAsync(() => h.GuildEvents.Count >= 5, "five guild events");

        Assert.Equal(
            [("available", h.Fake.Options.GuildId), ("joined", newGuild), ("unavailable", newGuild), ("available", newGuild), ("left", newGuild)],
            h.GuildEvents);
    }

    [Fact]
    public async Task Interactions_reach_their_handler()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.Fake.WaitForReadyAsync();

        await h.Fake.DispatchAsync("INTERACTION_CREATE", """{"id":"42","application_id":"900000000000000001","type":2,"token":"interaction-token","version":1,"data":{"id":"1","name":"checkin","type":1}}""");
        await h.Changed.WaitUntilAsync(() => h.Interactions.Count == 1, "the interaction");

        var interaction = Assert.Single(h.Interactions);
        Assert.Equal(42UL, interaction.Id);
        Assert.Equal("checkin", interaction.Data?.Name);
    }

    [Fact]
    public async Task Events_dispatched_before_the_client_connects_arrive_after_ready()
    {
        await using var h = await GatewayHarness.StartAsync(start: false);
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(1));

        await h.Client.StartAsync();
        await h.WaitForMessagesAsync(1);

        Assert.Equal(1UL, Assert.Single(h.Messages).Id);
    }

    [Fact]
    public async Task Stop_closes_with_1000_and_does_not_reconnect()
    {
        await using var h = await GatewayHarness.StartAsync();
        var connection = await h.Fake.WaitForReadyAsync();
        await h.WaitForReadyHandledAsync();

        await h.Client.StopAsync();
        await connection.Ended.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(h.Client.Stopped.IsCompleted);
        Assert.Null(h.Client.FatalError);
        Assert.Equal(1000, connection.ClientCloseCode);
        Assert.Equal(ConnectionState.Disconnected, h.Client.ConnectionState);
        Assert.Single(h.Fake.GatewayConnections);
    }

    [Fact]
    public async Task Start_without_a_token_fails_with_the_setting_named()
    {
        await using var h = await GatewayHarness.StartAsync(discord: o => o.Token = "", start: false);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => h.Client.StartAsync());

        Assert.Contains("Discord:Token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDiscordGateway_registers_one_client()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Substitute.For<IDiscordRestClient>());
        services.AddSingleton(Options.Create(new DiscordOptions { Token = "t" }));
        services.AddSingleton(typeof(ILogger<>), typeof(TestLogger<>));
        services.AddDiscordGateway();
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<GatewayClient>();

        Assert.Same(client, provider.GetRequiredService<GatewayClient>());
    }
}
