using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainPalBot.Discord;
using PainPalBot.Discord.Rest;
using PainPalBot.FakeDiscord;

namespace PainPalBot.Discord.Tests.Rest;

/// <summary>A FakeDiscord and a REST client pointed at it, with retry delays short enough for tests.</summary>
internal sealed class RestHarness : IAsyncDisposable
{
    private RestHarness(FakeDiscord.FakeDiscord discord, DiscordRestClient client, DiscordOptions options)
    {
        Discord = discord;
        Client = client;
        Options = options;
    }

    public FakeDiscord.FakeDiscord Discord { get; }

    public DiscordRestClient Client { get; }

    public DiscordOptions Options { get; }

    public ulong AppId => Discord.ApplicationId;

    public static async Task<RestHarness> StartAsync(FakeDiscordOptions? fake = null, Action<DiscordOptions>? configure = null, ILogger<DiscordRestClient>? log = null, TimeProvider? time = null)
    {
        var discord = await FakeDiscord.FakeDiscord.StartAsync(fake);
        var options = new DiscordOptions
        {
            Token = discord.Token,
            ApiBaseUrl = discord.ApiBaseUrl,
            ApplicationId = discord.ApplicationId,
            RestRetryDelay = TimeSpan.FromMilliseconds(10),
            RestTimeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        return new RestHarness(discord, new DiscordRestClient(Microsoft.Extensions.Options.Options.Create(options), time ?? TimeProvider.System, log), options);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Discord.DisposeAsync();
    }
}
