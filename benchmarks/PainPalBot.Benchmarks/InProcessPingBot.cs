using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PainPalBot.Discord;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Benchmarks;

/// <summary>
/// A bot with one trivial /ping command, wired as BotWorker wires the real one: a real <see cref="GatewayClient"/>
/// connected to a FakeDiscord, handing each INTERACTION_CREATE to the real <see cref="InteractionService"/>
/// off the gateway loop, which answers through the real REST client over HTTP.
/// </summary>
internal sealed class InProcessPingBot : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HashSet<Task> _inFlight = [];

    private InProcessPingBot(ServiceProvider services, GatewayClient gateway)
    {
        _services = services;
        Gateway = gateway;
    }

    public GatewayClient Gateway { get; }

    /// <summary>Starts the bot and returns once FakeDiscord has sent READY.</summary>
    public static async Task<InProcessPingBot> StartAsync(FakeDiscord.FakeDiscord discord)
    {
        discord.InteractionSink = null;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDiscordRest(o =>
        {
            o.Token = discord.Token;
            o.ApiBaseUrl = discord.ApiBaseUrl;
            o.ApplicationId = discord.ApplicationId;
        });
        services.AddInteractionFramework(o => o.CommandRegistrationStatePath = Path.Combine(Path.GetTempPath(), "painpal-bench-commands.txt"));
        services.AddInteractionModule<PingModule>();
        var provider = services.BuildServiceProvider();
        var interactions = provider.GetRequiredService<InteractionService>();
        var gateway = new GatewayClient(provider.GetRequiredService<IDiscordRestClient>(),
            Microsoft.Extensions.Options.Options.Create(new DiscordOptions { Token = discord.Token, ApiBaseUrl = discord.ApiBaseUrl }),
            TimeProvider.System, NullLogger<GatewayClient>.Instance);
        var bot = new InProcessPingBot(provider, gateway);
        gateway.InteractionCreated += interaction =>
        {
            bot.Track(interactions.ExecuteAsync(interaction));
            return Task.CompletedTask;
        };
        await gateway.StartAsync();
        await discord.WaitForReadyAsync();
        return bot;
    }

    /// <summary>Completes when every interaction handed over so far has finished.</summary>
    public Task DrainAsync()
    {
        Task[] running;
        lock (_inFlight)
            running = [.. _inFlight];
        return Task.WhenAll(running);
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.StopAsync();
        await DrainAsync();
        await Gateway.DisposeAsync();
        await _services.DisposeAsync();
    }

    private void Track(Task work)
    {
        if (work.IsCompleted)
            return;
        lock (_inFlight)
            _inFlight.Add(work);
        _ = work.ContinueWith(done => { lock (_inFlight) _inFlight.Remove(done); }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>The trivial command measured.</summary>
    private sealed class PingModule : InteractionModuleBase<InteractionContext>
    {
        [SlashCommand("ping", "Replies pong")]
        public Task PingAsync() => RespondAsync("pong", ephemeral: true);
    }
}
