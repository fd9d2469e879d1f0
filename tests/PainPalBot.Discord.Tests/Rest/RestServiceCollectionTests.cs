using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Discord.Tests.Rest;

public sealed class RestServiceCollectionTests
{
    [Fact]
    public async Task AddDiscordRest_registers_one_client_from_the_options()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        var services = new ServiceCollection()
            .AddLogging()
            .AddDiscordRest(o =>
            {
                o.Token = discord.Token;
                o.ApiBaseUrl = discord.ApiBaseUrl;
            });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IDiscordRestClient>();
        var app = await client.GetCurrentApplicationAsync();

        Assert.Same(client, provider.GetRequiredService<IDiscordRestClient>());
        Assert.Equal(discord.ApplicationId, app.Id);
    }
}
