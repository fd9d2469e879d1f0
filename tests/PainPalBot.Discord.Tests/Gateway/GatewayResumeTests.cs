using System.Net.WebSockets;
using PainPalBot.Discord.Gateway;

namespace PainPalBot.Discord.Tests.Gateway;

public sealed class GatewayResumeTests
{
    [Theory]
    [InlineData(LossKind.Drop)]
    [InlineData(LossKind.Close4000)]
    [InlineData(LossKind.Reconnect)]
    [InlineData(LossKind.InvalidSessionResumable)]
    [InlineData(LossKind.Zombie)]
    public async Task Every_resumable_loss_resumes_and_each_event_is_handled_exactly_once(LossKind loss)
    {
        var zombie = loss == LossKind.Zombie;
        await using var h = await GatewayHarness.StartAsync(
            gateway: GatewayHarness.FastOptions(jitter: zombie ? 0 : 0.5),
            heartbeatIntervalMs: zombie ? 400 : 30_000);
        var first = await h.Fake.WaitForReadyAsync();
        // Later connections heartbeat slowly, so only the first one can turn zombie.
        h.Fake.Options.HeartbeatIntervalMs = 30_000;
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(1));
        await h.WaitForMessagesAsync(1);

        switch (loss)
        {
            case LossKind.Zombie:
                first.AckHeartbeats = false;
                break;
            case LossKind.Drop:
                await first.DropAsync();
                break;
            case LossKind.Close4000:
                await first.CloseAsync(4000, "Unknown error");
                break;
            case LossKind.Reconnect:
                await first.SendReconnectAsync();
                break;
            case LossKind.InvalidSessionResumable:
                await first.SendInvalidSessionAsync(resumable: true);
                break;
        }
        await first.Ended.WaitAsync(TimeSpan.FromSeconds(5));
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(2));
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(3));
        var second = await h.Fake.WaitForResumedAsync();
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(4));
        await h.WaitForMessagesAsync(4);

        Assert.Equal([1UL, 2, 3, 4], h.Messages.Select(m => m.Id));
        Assert.Single(h.Fake.GatewayIdentifies);
        Assert.True(second.ConnectedToResumeUrl);
        Assert.Equal(first.SessionId, second.Resume?.SessionId);
        Assert.Equal(3, second.Resume?.Seq); // READY 1, GUILD_CREATE 2, message 1 is 3
        Assert.Equal(1, h.ResumedCount);
        Assert.Single(h.Readies);
        Assert.Equal(first.SessionId, h.Client.SessionId);
        var disconnect = Assert.Single(h.Disconnects);
        switch (loss)
        {
            case LossKind.Drop:
                Assert.IsType<WebSocketException>(disconnect);
                break;
            case LossKind.Close4000:
                Assert.Equal(4000, Assert.IsType<GatewayCloseException>(disconnect).CloseCode);
                break;
            default:
                Assert.IsType<GatewayReconnectException>(disconnect);
                break;
        }
        if (loss is LossKind.Reconnect or LossKind.InvalidSessionResumable or LossKind.Zombie)
            Assert.NotEqual(1000, first.ClientCloseCode);
        if (zombie)
            Assert.Equal(4000, first.ClientCloseCode);
    }

    [Fact]
    public async Task A_resume_after_a_resume_replays_only_what_was_missed()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.Fake.WaitForReadyAsync();
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(1));
        await h.WaitForMessagesAsync(1);

        await first.DropAsync();
        var second = await h.Fake.WaitForResumedAsync(1);
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(2));
        await h.WaitForMessagesAsync(2);
        await second.SendReconnectAsync();
        await second.Ended.WaitAsync(TimeSpan.FromSeconds(5));
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(3));
        var third = await h.Fake.WaitForResumedAsync(2);
        await h.WaitForMessagesAsync(3);

        Assert.Equal([1UL, 2, 3], h.Messages.Select(m => m.Id));
        Assert.Equal(4, third.Resume?.Seq);
        Assert.Equal(2, h.ResumedCount);
        Assert.Single(h.Fake.GatewayIdentifies);
    }
}
