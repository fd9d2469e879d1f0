using PainPalBot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PainPalBot.Discord.Interactions;

namespace PainPalBot.Sandbox.Tests.Support;

/// <summary>
/// The sandbox with the real PainPalBot host (BotHost.CreateBuilder, every feature, LiteDB, Quartz) pointed at
/// it exactly as <c>--sandbox</c> does, and one Chromium. Shared by a test class; each test opens its own tab.
/// </summary>
public sealed class BotSandbox : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("painpal-sandbox-bot-").FullName;
    private IHost? _host;

    /// <summary>The sandbox.</summary>
    public SandboxServer Server { get; private set; } = null!;

    /// <summary>The sandbox database the bot opened.</summary>
    public string StoragePath => _host!.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PainPalBot.Storage.StorageOptions>>().Value.Path;

    /// <summary>The browser.</summary>
    public SandboxBrowser Browser { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Server = await SandboxServer.StartAsync(new SandboxOptions
        {
            Port = 0,
            StoragePath = Path.Combine(_folder, "sandbox.db"),
            // A first interaction on a busy 2-core machine can be slow (JIT, data files); Discord's 3 s is not the point here.
            InteractionTimeout = TimeSpan.FromSeconds(30),
        });
        var builder = BotHost.CreateBuilder([.. Server.BotArguments, "--Logging:Level=Warning"]);
        builder.UseSandbox(Server);
        // The probe proves the host's own wiring (BotWorker, gateway, REST) answers through the sandbox, whatever features exist.
        builder.Services.AddInteractionModule<ProbeModule>();
        _host = builder.Build();
        BotHost.ValidateBeforeStart(_host.Services);
        await _host.StartAsync();
        // Commands registered means the bot is connected and the page can list them.
        await _host.Services.GetRequiredService<BotWorker>().CommandsRegistered.WaitAsync(TimeSpan.FromSeconds(60));
        Browser = await SandboxBrowser.LaunchAsync();
    }

    /// <summary>Opens a tab on the sandbox as Robin in #general (closing earlier tabs: each holds an event stream).</summary>
    public async Task<SandboxSteps> OpenAsync()
    {
        foreach (var open in Browser.Context.Pages.ToList())
            await open.CloseAsync();
        var steps = new SandboxSteps(await Browser.OpenAsync(Server.OpenUrl));
        await steps.ActAsAsync(SandboxWorld.RobinId);
        await steps.OpenChannelAsync("general");
        return steps;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
        if (Server is not null)
            await Server.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // LiteDB may still be closing; a temp folder left behind is harmless.
        }
    }
}
