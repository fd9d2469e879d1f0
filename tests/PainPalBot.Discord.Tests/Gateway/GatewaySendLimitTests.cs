using Microsoft.Extensions.Time.Testing;
using PainPalBot.Discord.Gateway;

using PainPalBot.Discord.Internal;

namespace PainPalBot.Discord.Tests.Gateway;

public sealed class GatewaySendLimitTests
{
    [Fact]
    public async Task Sends_past_the_limit_wait_for_the_window_but_heartbeats_never_wait()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < GatewaySendLimiter.Limit - GatewaySendLimiter.ReservedForHeartbeats; i++)
            Assert.True(limiter.WaitAsync(heartbeat: false).AsTask().IsCompletedSuccessfully);

        var held = limiter.WaitAsync(heartbeat: false).AsTask();
        var heartbeat = limiter.WaitAsync(heartbeat: true).AsTask();

        Assert.True(heartbeat.IsCompletedSuccessfully);
        Assert.False(held.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(60));
        await held.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_payload_over_4096_bytes_is_refused_before_it_is_sent()
    {
        using var buffer = new PooledBufferWriter();

        var error = Assert.Throws<InvalidOperationException>(() =>
            GatewayPayloadWriter.Write(buffer, GatewayOpCode.PresenceUpdate, json => json.WriteStringValue(new string('x', 5000))));

        Assert.Contains("4096", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_payload_is_written_as_op_and_d()
    {
        using var buffer = new PooledBufferWriter();

        GatewayPayloadWriter.Write(buffer, GatewayOpCode.Heartbeat, json => json.WriteNumberValue(7));

        Assert.Equal("""{"op":1,"d":7}""", System.Text.Encoding.UTF8.GetString(buffer.WrittenMemory.Span));
    }
}
