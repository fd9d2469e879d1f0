using Microsoft.Extensions.Time.Testing;

namespace PainPalBot.Discord.Tests.Gateway;

public sealed class GatewayHeartbeatTests
{
    [Fact]
    public async Task First_heartbeat_comes_after_interval_times_jitter_then_every_interval()
    {
        var time = new FakeTimeProvider();
        var start = time.GetUtcNow();
        await using var h = await GatewayHarness.StartAsync(
            fake: f => f.GatewayTimeProvider = time,
            gateway: GatewayHarness.FastOptions(jitter: 0.25),
            time: time,
            heartbeatIntervalMs: 1000);
        var connection = await h.Fake.WaitForReadyAsync();
        await h.WaitForReadyHandledAsync();

        Assert.Equal(start.AddMilliseconds(250), h.Client.NextHeartbeatAt);
        Assert.Empty(connection.Heartbeats);

        time.Advance(TimeSpan.FromMilliseconds(250));
        var first = await connection.WaitForHeartbeatAsync(1);
        Assert.Equal(start.AddMilliseconds(250), first.ReceivedAt);
        Assert.Equal(2, first.Sequence); // READY is 1, GUILD_CREATE 2
        Assert.Equal(start.AddMilliseconds(1250), h.Client.NextHeartbeatAt);

        // The ACK of the first beat is on the wire before it was recorded; a requested beat sent after it
        // proves the client has read the ACK, so moving the clock cannot make it look like a zombie.
        await connection.RequestHeartbeatAsync();
        await connection.WaitForHeartbeatAsync(2);
        time.Advance(TimeSpan.FromMilliseconds(1000));
        var second = await connection.WaitForHeartbeatAsync(3);
        Assert.Equal(start.AddMilliseconds(1250), second.ReceivedAt);
        Assert.Equal(start.AddMilliseconds(2250), h.Client.NextHeartbeatAt);
        Assert.Equal(3, connection.Heartbeats.Count);
        Assert.Single(h.Fake.GatewayConnections);
    }

    [Fact]
    public async Task A_heartbeat_request_is_answered_at_once()
    {
        var time = new FakeTimeProvider();
        await using var h = await GatewayHarness.StartAsync(fake: f => f.GatewayTimeProvider = time, time: time, heartbeatIntervalMs: 1000);
        var connection = await h.Fake.WaitForReadyAsync();
        await h.WaitForReadyHandledAsync();

        // The clock never moves, so this heartbeat can only be the answer to op 1.
        await connection.RequestHeartbeatAsync();
        var heartbeat = await connection.WaitForHeartbeatAsync(1);

        Assert.Equal(2, heartbeat.Sequence);
    }

    [Fact]
    public async Task A_missing_ack_closes_the_zombie_with_a_non_1000_code_and_resumes()
    {
        await using var h = await GatewayHarness.StartAsync(fake: f => f.AckGatewayHeartbeats = false, gateway: GatewayHarness.FastOptions(jitter: 0), heartbeatIntervalMs: 100);
        var first = await h.Fake.WaitForReadyAsync();
        h.Fake.AckGatewayHeartbeats = true;
        h.Fake.Options.HeartbeatIntervalMs = 30_000;

        var resumed = await h.Fake.WaitForResumedAsync();
        await first.Ended.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(4000, first.ClientCloseCode);
        Assert.True(resumed.ConnectedToResumeUrl);
        Assert.Equal(first.SessionId, resumed.Resume?.SessionId);
        Assert.Single(h.Fake.GatewayIdentifies);
    }
}
