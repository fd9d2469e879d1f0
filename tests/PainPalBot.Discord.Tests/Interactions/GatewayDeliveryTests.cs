using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Discord.Tests.Interactions;

public sealed class GatewayDeliveryTests
{
    [Fact]
    public async Task Interactions_arrive_over_the_gateway_when_no_sink_is_set()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        discord.InteractionSink = null;
        var rest = bot.Services.GetRequiredService<IDiscordRestClient>();
        await using var gateway = new GatewayClient(rest, Options.Create(new DiscordOptions { Token = discord.Token, ApiBaseUrl = discord.ApiBaseUrl }), TimeProvider.System, NullLogger<GatewayClient>.Instance);
        // The host hands each interaction off so a slow handler never holds up the gateway.
        gateway.InteractionCreated += interaction =>
        {
            _ = bot.Interactions.ExecuteAsync(interaction);
            return Task.CompletedTask;
        };
        await gateway.StartAsync();

        var reply = await discord.SlashAsync("reminders set", 42, ("hour", 7));

        Assert.Equal(InteractionResponseType.ChannelMessageWithSource, reply.Type);
        Assert.Equal("Reminder at 7:00", reply.Content);
        Assert.True(reply.IsEphemeral);
        await gateway.StopAsync();
    }
}
