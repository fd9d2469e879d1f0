using System.Net;
using Microsoft.Extensions.Configuration;

namespace PainPalBot.Tests.Resources;

/// <summary><c>--check-links</c> reads the curated library and reports every link that does not answer.</summary>
public sealed class LinkCheckCommandTests
{
    private sealed class OneDeadLink(string deadHost) : HttpMessageHandler
    {
        public int Calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            var status = request.RequestUri!.Host == deadHost ? HttpStatusCode.NotFound : HttpStatusCode.OK;
            return Task.FromResult(new HttpResponseMessage(status) { RequestMessage = request });
        }
    }

    [Fact]
    public async Task Every_curated_link_is_checked_and_a_dead_one_is_reported_with_exit_code_1()
    {
        // No network: a handler stands in for the web and says one site is gone.
        var config = new ConfigurationBuilder().Build();
        var catalog = PainPalBot.Modules.Resources.ResourceCatalog.Load(Path.Combine(AppContext.BaseDirectory, "config", "resources.json"));
        var dead = catalog.Urls.First().Host;
        var handler = new OneDeadLink(dead);
        using var output = new StringWriter();

        var exit = await LinkCheckCommand.RunAsync(config, output, handler);

        Assert.Equal(1, exit);
        Assert.True(handler.Calls >= catalog.Urls.Distinct().Count());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines.Where(l => l.StartsWith("DEAD", StringComparison.Ordinal)), l => Assert.Contains(dead, l, StringComparison.Ordinal));
        Assert.Contains($"{catalog.Urls.Distinct().Count()} links checked", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_links_answering_gives_exit_code_0()
    {
        using var output = new StringWriter();

        var exit = await LinkCheckCommand.RunAsync(new ConfigurationBuilder().Build(), output, new OneDeadLink("no-such-host.invalid"));

        Assert.Equal(0, exit);
        Assert.Contains("0 dead", output.ToString(), StringComparison.Ordinal);
    }
}
