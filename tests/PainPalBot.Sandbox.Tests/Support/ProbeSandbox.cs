namespace PainPalBot.Sandbox.Tests.Support;

/// <summary>One sandbox, the probe bot and one Chromium, shared by a test class (each test opens its own tab).</summary>
public sealed class ProbeSandbox : IAsyncLifetime
{
    private readonly string _storage = Path.Combine(Path.GetTempPath(), $"painpal-sandbox-{Guid.NewGuid():N}.db");

    /// <summary>The sandbox.</summary>
    public SandboxServer Server { get; private set; } = null!;

    /// <summary>The probe bot.</summary>
    public ProbeBot Bot { get; private set; } = null!;

    /// <summary>The browser.</summary>
    public SandboxBrowser Browser { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Server = await SandboxServer.StartAsync(new SandboxOptions
        {
            Port = 0,
            StoragePath = _storage,
            // Busy test machines: wait longer than Discord would before calling an interaction unanswered.
            InteractionTimeout = TimeSpan.FromSeconds(15),
        });
        Bot = await ProbeBot.StartAsync(Server);
        Browser = await SandboxBrowser.LaunchAsync();
    }

    /// <summary>Opens a tab on the sandbox as Robin in #general, closing the tabs before it (each holds an event stream, and Chromium allows six connections per host).</summary>
    public async Task<SandboxSteps> OpenAsync(Microsoft.Playwright.ViewportSize? viewport = null)
    {
        foreach (var open in Browser.Context.Pages.ToList())
            await open.CloseAsync();
        var steps = new SandboxSteps(await Browser.OpenAsync(Server.OpenUrl, viewport));
        await steps.ActAsAsync(SandboxWorld.RobinId);
        await steps.OpenChannelAsync("general");
        return steps;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Bot.DisposeAsync();
        await Server.DisposeAsync();
        File.Delete(_storage);
    }
}
