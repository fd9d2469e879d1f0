using System.Text.RegularExpressions;
using PainPalBot.Sandbox.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PainPalBot.Sandbox.Tests;

/// <summary>
/// The README's run command (<c>dotnet run --project src/PainPalBot --launch-profile try</c>: no token, and
/// <c>Sandbox__WhenNoToken=true</c>) prints one address, and that address opens the sandbox in Chromium.
/// </summary>
public sealed partial class ReadmeRunCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("painpal-readme-run-").FullName;

    [Fact]
    public async Task The_address_the_run_command_prints_opens_the_sandbox()
    {
        using var output = new LineSignal();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var run = BotHost.RunAsync(
            ["--Discord:Token=", "--Sandbox:WhenNoToken=true", "--Sandbox:Port=0", $"--Sandbox:StoragePath={Path.Combine(_folder, "sandbox.db")}",
             $"--Storage:Path={Path.Combine(_folder, "real.db")}", "--Logging:Level=Warning"],
            error, ct: stop.Token, output: output);
        try
        {
            var line = await output.FirstLine.WaitAsync(TimeSpan.FromSeconds(60));
            var address = Address().Match(line);
            Assert.True(address.Success, $"No address in: {line}");

            await using var browser = await SandboxBrowser.LaunchAsync();
            var page = await browser.OpenAsync(new Uri(address.Value));
            await Expect(page.Locator("#guild-name")).ToHaveTextAsync("PainPal Sandbox");
            await Expect(page.GetByLabel("Acting as")).ToContainTextAsync("Robin");
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("", error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // LiteDB may still be closing; a temp folder left behind is harmless.
        }
    }

    [GeneratedRegex(@"http://\S+")]
    private static partial Regex Address();
}
