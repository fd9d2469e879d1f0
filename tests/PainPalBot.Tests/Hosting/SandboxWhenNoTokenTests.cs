namespace PainPalBot.Tests.Hosting;

/// <summary>The README's run command (the "try" launch profile) shows the sandbox when no token is set, and says so.</summary>
public sealed class SandboxWhenNoTokenTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task With_Sandbox_WhenNoToken_a_missing_token_starts_the_sandbox_and_says_so_in_one_line()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var storage = _temp.File("sandbox.db");

        var run = BotHost.RunAsync(
            ["--Discord:Token=", "--Sandbox:WhenNoToken=true", "--Sandbox:Port=0", $"--Sandbox:StoragePath={storage}", $"--Storage:Path={_temp.File("real.db")}"],
            error, ct: stop.Token, output: output);
        while (!File.Exists(storage) && !run.IsCompleted)
            await Task.Delay(50, stop.Token);
        await stop.CancelAsync();
        var exit = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exit);
        Assert.Equal("", error.ToString());
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("No Discord token configured", line, StringComparison.Ordinal);
        Assert.Contains("http://", line, StringComparison.Ordinal);
        // Sandbox data stays in its own file; the real database is never opened.
        Assert.False(File.Exists(_temp.File("real.db")));
    }

    public void Dispose() => _temp.Dispose();
}
