using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PainPalBot.Discord;
using PainPalBot.Discord.Interactions;
using PainPalBot.Storage;

namespace PainPalBot.Sandbox.Tests;

/// <summary>The host hook and the sandbox's own start-up rules, without a browser.</summary>
public sealed class SandboxHostTests
{
    [Fact]
    public async Task UseSandbox_points_the_real_host_at_the_sandbox_with_its_own_storage_and_clock()
    {
        var storage = Path.Combine(Path.GetTempPath(), $"painpal-sandbox-{Guid.NewGuid():N}.db");
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Port = 0, StoragePath = storage });
        var builder = BotHost.CreateBuilder([.. sandbox.BotArguments, "--Discord:Token=real-token-must-not-win", "--Storage:Path=data/painpal.db"]);
        builder.UseSandbox(sandbox);
        using var host = builder.Build();

        var discord = host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        Assert.Equal(sandbox.ApiBaseUrl, discord.ApiBaseUrl);
        Assert.Equal(sandbox.Token, discord.Token);
        Assert.True(discord.MessageContentIntent);
        Assert.Equal(storage, host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Path);
        Assert.Same(sandbox.Clock, host.Services.GetRequiredService<TimeProvider>());
        Assert.Equal(sandbox.CommandRegistrationStatePath, host.Services.GetRequiredService<IOptions<InteractionServiceOptions>>().Value.CommandRegistrationStatePath);
    }

    [Fact]
    public async Task A_taken_port_stops_the_sandbox_with_one_line_naming_the_setting()
    {
        await using var first = await SandboxServer.StartAsync(new SandboxOptions { Port = 0, BindAddress = "127.0.0.1" });

        var taken = await Assert.ThrowsAsync<SandboxStartException>(() =>
            SandboxServer.StartAsync(new SandboxOptions { Port = first.PageUrl.Port, BindAddress = "127.0.0.1" }));

        Assert.Contains("Sandbox:Port", taken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sandbox_refuses_to_listen_beyond_this_computer()
    {
        var refused = await Assert.ThrowsAsync<SandboxStartException>(() => SandboxServer.StartAsync(new SandboxOptions { Port = 0, BindAddress = "0.0.0.0" }));
        Assert.Contains("loopback", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sandbox_clock_moves_now_forward_only()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero));
        var clock = new SandboxClock(real);

        clock.Advance(TimeSpan.FromDays(1));
        real.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 0, 35, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromDays(1), clock.Offset);
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromMinutes(-1)));
    }

    [Fact]
    public void The_sandbox_switch_is_taken_out_of_the_arguments()
    {
        string[] args = ["--sandbox", "--Sandbox:Port=5090"];

        Assert.True(SandboxHostExtensions.IsSandboxRequested(args));
        Assert.Equal(["--Sandbox:Port=5090"], SandboxHostExtensions.WithoutSandboxSwitch(args));
        Assert.False(SandboxHostExtensions.IsSandboxRequested(["--Discord:Token=x"]));
    }

    [Fact]
    public async Task The_page_is_served_from_the_assembly_with_a_strict_content_policy()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Port = 0 });
        using var http = new HttpClient { BaseAddress = sandbox.PageUrl };

        using var page = await http.GetAsync(new Uri("/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        foreach (var file in new[] { "app.js", "api.js", "composer.js", "render.js", "modal.js", "markdown.js", "app.css" })
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(file, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("secrets.json", UriKind.Relative))).StatusCode);
    }
}
