using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
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
        // Both sides run on a clock that moves only when told: a starved machine cannot make a beat late.
        var time = new FakeTimeProvider();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = await GatewayHarness.StartAsync(
            fake: f => f.GatewayTimeProvider = time,
            gateway: GatewayHarness.FastOptions(jitter: 0.5),
            time: time,
            heartbeatIntervalMs: 1000);
        h.Client.MessageReceived += async message =>
        {
            if (message.Id != 1)
                return;
            blocked.TrySetResult();
            await release.Task;
        };
        try
        {
            var connection = await h.Fake.WaitForReadyAsync();
            await h.WaitForReadyHandledAsync();

            await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(1));
            await blocked.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(2));
            // Discord's heartbeat request comes after message 2 on the wire: the answer's sequence proves the
            // receive loop read message 2 while message 1's handler still runs.
            await connection.RequestHeartbeatAsync();
            var answered = await connection.WaitForHeartbeatAsync(1);
            // The scheduled beat (interval x jitter) still goes out on time.
            time.Advance(TimeSpan.FromMilliseconds(500));
            var scheduled = await connection.WaitForHeartbeatAsync(2);

            Assert.Equal(4, answered.Sequence); // READY 1, GUILD_CREATE 2, messages 3 and 4
            Assert.Equal(4, scheduled.Sequence);
            Assert.Equal(time.GetUtcNow(), scheduled.ReceivedAt);
            Assert.DoesNotContain(h.Messages, m => m.Id == 2);
        }
        finally
        {
            release.TrySetResult();
        }
        await h.WaitForMessagesAsync(2);
        Assert.Equal([1UL, 2], h.Messages.Select(m => m.Id));
        Assert.Single(h.Fake.GatewayConnections);
    }

    [Fact]
    public async Task Disposing_does_not_hang_on_a_handler_that_never_returns()
    {
        var options = GatewayHarness.FastOptions();
        options.DisposeWait = TimeSpan.FromMilliseconds(300);
        var h = await GatewayHarness.StartAsync(gateway: options);
        var stuck = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            h.Client.MessageReceived += async _ =>
            {
                entered.TrySetResult();
                await stuck.Task;
            };
            await h.Fake.WaitForReadyAsync();
            await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(1));
            await entered.Task.WaitAsync(TimeSpan.FromSeconds(5));

            await h.Client.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));

            Assert.Contains(h.Log.Entries, e => e.Level == LogLevel.Warning && e.EventId.Id == 127);
            Assert.Equal(ConnectionState.Disconnected, h.Client.ConnectionState);
        }
        finally
        {
            stuck.TrySetResult();
            await h.DisposeAsync();
        }
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
