using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Tests.Gateway;

public sealed class GatewaySessionStartLimitTests
{
    [Fact]
    public async Task With_no_session_starts_left_the_client_waits_for_the_reset_instead_of_identifying()
    {
        var time = new FakeTimeProvider();
        await using var h = await GatewayHarness.StartAsync(
            time: time,
            start: false);
        var exhausted = new GatewayBotInfo
        {
            Url = h.Fake.GatewayUrl.ToString(),
            SessionStartLimit = new SessionStartLimit { Total = 1000, Remaining = 0, ResetAfter = 60_000, MaxConcurrency = 1 },
        };
        var renewed = exhausted with { SessionStartLimit = new SessionStartLimit { Total = 1000, Remaining = 1000, ResetAfter = 86_400_000, MaxConcurrency = 1 } };
        h.Rest.GetGatewayBotAsync(Arg.Any<CancellationToken>()).Returns(exhausted, renewed);

        await h.Client.StartAsync();
        await h.Changed.WaitUntilAsync(() => h.Log.Entries.Any(e => e.Message.Contains("No session starts left", StringComparison.Ordinal)), "the wait to be logged");

        Assert.Empty(h.Fake.GatewayConnections);
        time.Advance(TimeSpan.FromSeconds(60));
        await h.Fake.WaitForReadyAsync();

        Assert.Single(h.Fake.GatewayIdentifies);
        await h.Rest.Received(2).GetGatewayBotAsync(Arg.Any<CancellationToken>());
    }
}
