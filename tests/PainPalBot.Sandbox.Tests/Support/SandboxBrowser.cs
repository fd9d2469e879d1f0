using Microsoft.Playwright;

namespace PainPalBot.Sandbox.Tests.Support;

/// <summary>
/// Headless Chromium driven by Playwright. It runs the machine's Chromium (PAINPAL_CHROMIUM, default
/// /usr/bin/chromium) because Playwright's own browser download cannot be reached from every machine;
/// set PAINPAL_CHROMIUM=playwright to use Playwright's instead. Each launch gets a fresh profile.
/// </summary>
public sealed class SandboxBrowser : IAsyncDisposable
{
    /// <summary>How long an assertion waits before it fails: generous, the test machines are small and busy.</summary>
    public const float ExpectTimeoutMs = 20_000;

    /// <summary>
    /// A name this browser resolves to 127.0.0.1, as a hostile site's name does after DNS rebinding: a page loaded
    /// from it runs with that site's origin while its requests reach the sandbox.
    /// </summary>
    public const string RebindingHost = "rebind.painpal.test";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        $"--host-resolver-rules=MAP {RebindingHost} 127.0.0.1",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private SandboxBrowser(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    /// <summary>The browser profile; every page shares it.</summary>
    public IBrowserContext Context { get; }

    /// <summary>Launches Chromium with a fresh profile.</summary>
    public static async Task<SandboxBrowser> LaunchAsync()
    {
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("painpal-chromium-").FullName;
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ChromiumPath(),
                Headless = true,
                Args = ChromiumArgs,
                ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
                Locale = "en-GB",
                TimezoneId = "UTC",
                // No smooth scrolling: assertions and screenshots see where the page ends up.
                ReducedMotion = ReducedMotion.Reduce,
            });
            context.SetDefaultTimeout(ExpectTimeoutMs);
            return new SandboxBrowser(playwright, context, profile);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Opens the sandbox page in a new tab and waits until it has drawn its state.</summary>
    public async Task<IPage> OpenAsync(Uri pageUrl, ViewportSize? viewport = null)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        var page = await Context.NewPageAsync();
        if (viewport is not null)
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        await page.GotoAsync(pageUrl.AbsoluteUri);
        await Assertions.Expect(page.Locator("body[data-ready='true']")).ToBeAttachedAsync();
        return page;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; a temp folder left behind is harmless.
        }
    }

    private static string? ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("PAINPAL_CHROMIUM");
        if (string.Equals(configured, "playwright", StringComparison.OrdinalIgnoreCase))
            return null;
        if (!string.IsNullOrEmpty(configured))
            return configured;
        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }
}
