namespace PainPalBot.Tests.Hosting;

/// <summary>A missing or malformed setting stops the process with exit code 2 and one line naming it.</summary>
public sealed class StartupConfigurationTests : IDisposable
{
    private readonly TempFolder _temp = new();

    // A loopback address that answers nothing, so a start that should have failed never reaches the internet.
    private string[] Args(params string[] extra) =>
        [$"--Storage:Path={_temp.File("painpal.db")}", "--Discord:ApiBaseUrl=http://127.0.0.1:9/api/v10", .. extra];

    private static async Task<(int ExitCode, string Output)> RunAsync(string[] args)
    {
        using var error = new StringWriter();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var exit = await BotHost.RunAsync(args, error, ct: cts.Token);
        return (exit, error.ToString());
    }

    private static void AssertOneClearLine(string output, params string[] mentions)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        foreach (var mention in mentions)
            Assert.Contains(mention, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_token_exits_2_naming_the_setting_and_its_environment_variable()
    {
        var (exit, output) = await RunAsync(Args("--Discord:Token="));

        Assert.Equal(BotHost.ConfigurationError, exit);
        AssertOneClearLine(output, "Discord:Token", "Discord__Token");
    }

    [Fact]
    public async Task Token_with_a_bot_prefix_is_refused_without_echoing_it()
    {
        var (exit, output) = await RunAsync(Args("--Discord:Token=Bot s3cr3t-value"));

        Assert.Equal(2, exit);
        AssertOneClearLine(output, "Discord:Token", "Discord__Token");
        Assert.DoesNotContain("s3cr3t", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Logging:Format=xml", "Logging:Format", "Logging__Format")]
    [InlineData("--Logging:Level=Loud", "Logging:Level", "Logging__Level")]
    [InlineData("--Discord:ApplicationId=not-a-number", "Discord:ApplicationId", "Discord__ApplicationId")]
    [InlineData("--Discord:DevGuildId=-5", "Discord:DevGuildId", "Discord__DevGuildId")]
    [InlineData("--Discord:ApiBaseUrl=/relative/only", "Discord:ApiBaseUrl", "Discord__ApiBaseUrl")]
    [InlineData("--Discord:ShardId=3", "Discord:ShardId", "Discord__ShardId")]
    [InlineData("--Discord:GlobalRequestsPerSecond=0", "Discord:GlobalRequestsPerSecond", "Discord__GlobalRequestsPerSecond")]
    [InlineData("--Scheduling:MaxConcurrency=0", "Scheduling:MaxConcurrency", "Scheduling__MaxConcurrency")]
    [InlineData("--Scheduling:ShutdownTimeout=soon", "Scheduling:ShutdownTimeout", "Scheduling__ShutdownTimeout")]
    [InlineData("--Storage:Path= ", "Storage:Path", "Storage__Path")]
    public async Task Malformed_setting_exits_2_with_one_line_naming_it(string arg, string setting, string envVar)
    {
        var (exit, output) = await RunAsync(Args("--Discord:Token=test-token", arg));

        Assert.Equal(2, exit);
        AssertOneClearLine(output, setting, envVar);
    }

    public void Dispose() => _temp.Dispose();
}
