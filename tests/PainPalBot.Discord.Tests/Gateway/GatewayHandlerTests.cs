using System.Text;
using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Gateway;

namespace PainPalBot.Discord.Tests.Gateway;

public sealed class GatewayHandlerTests
{
    [Fact]
    public async Task A_handler_that_throws_is_logged_and_the_connection_carries_on()
    {
        await using var h = await GatewayHarness.StartAsync();
        h.Client.MessageReceived += message => message.Id == 1 ? throw new InvalidOperationException("handler bug") : Task.CompletedTask;
        await h.Fake.WaitForReadyAsync();

        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(1));
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(2));
        await h.WaitForMessagesAsync(2);

        Assert.Equal([1UL, 2], h.Messages.Select(m => m.Id));
        Assert.Contains(h.Log.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException && e.Message.Contains("MESSAGE_CREATE", StringComparison.Ordinal));
        Assert.Single(h.Fake.GatewayConnections);
        Assert.Empty(h.Disconnects);
        Assert.Equal(ConnectionState.Connected, h.Client.ConnectionState);
    }

    [Fact]
    public async Task A_slow_handler_does_not_hold_up_receiving_or_heartbeats()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = await GatewayHarness.StartAsync(gateway: GatewayHarness.FastOptions(jitter: 0), heartbeatIntervalMs: 400);
        h.Client.MessageReceived += async message =>
        {
            if (message.Id != 1)
                return;
            blocked.TrySetResult();
            await release.Task;
        };
        var connection = await h.Fake.WaitForReadyAsync();

        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(1));
        await blocked.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(2));
        var before = connection.Heartbeats.Count;
        // The heartbeat's sequence proves the receive loop read message 2 while message 1's handler still runs.
        await connection.RequestHeartbeatAsync();
        var heartbeat = await connection.WaitForHeartbeatAsync(before + 1);
        await connection.WaitForHeartbeatAsync(3);

        Assert.Equal(4, connection.Heartbeats[^1].Sequence);
        Assert.True(heartbeat.Sequence >= 3);
        Assert.DoesNotContain(h.Messages, m => m.Id == 2);
        release.SetResult();
        await h.WaitForMessagesAsync(2);
        Assert.Equal([1UL, 2], h.Messages.Select(m => m.Id));
        Assert.Single(h.Fake.GatewayConnections);
    }

    [Fact]
    public async Task A_payload_spread_over_many_frames_is_reassembled()
    {
        await using var h = await GatewayHarness.StartAsync(fake: f => f.GatewayMaxFrameBytes = 97);
        await h.Fake.WaitForReadyAsync();
        var content = new StringBuilder();
        while (content.Length < 150_000)
            content.Append("Pain is real; so is help. Ça va? \u2764\uFE0F ");

        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(1, content.ToString()));
        await h.WaitForMessagesAsync(1);

        Assert.Equal(content.ToString(), Assert.Single(h.Messages).Content);
    }
}
