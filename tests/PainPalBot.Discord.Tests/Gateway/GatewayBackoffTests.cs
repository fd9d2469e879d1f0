using PainPalBot.Discord.Gateway;

namespace PainPalBot.Discord.Tests.Gateway;

public sealed class GatewayBackoffTests
{
    private static readonly GatewayClientOptions Defaults = new();

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 1.0, 1_000)]
    [InlineData(2, 1.0, 2_000)]
    [InlineData(3, 0.5, 3_000)]
    [InlineData(6, 1.0, 32_000)]
    [InlineData(7, 1.0, 60_000)]
    [InlineData(50, 0.0, 30_000)]
    public void Reconnects_back_off_exponentially_with_jitter_up_to_a_cap(int attempt, double jitter, int expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), GatewayClient.ReconnectDelay(attempt, Defaults, jitter));
    }
}
