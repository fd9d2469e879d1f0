namespace PainPalBot.Discord.Tests.Gateway;

/// <summary>
/// FakeDiscord with a bounded replay (as the sandbox runs it): our client still resumes with every event it
/// missed, and when what it missed is no longer kept it starts a new session, as Discord tells it to.
/// </summary>
public sealed class GatewayReplayWindowTests
{
    [Fact]
    public async Task What_the_client_confirmed_by_heartbeat_is_let_go_and_a_resume_still_gets_all_it_missed()
    {
        await using var h = await GatewayHarness.StartAsync(fake: f => f.Options.GatewayReplayWindow = 5);
        var first = await h.Fake.WaitForReadyAsync();
        await h.WaitForReadyHandledAsync();
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(1));
        await h.WaitForMessagesAsync(1);
        await first.RequestHeartbeatAsync();
        Assert.Equal(3, (await first.WaitForHeartbeatAsync(1)).Sequence); // READY 1, GUILD_CREATE 2, message 1 is 3

        await first.DropAsync();
        await first.Ended.WaitAsync(TimeSpan.FromSeconds(5));
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(2));
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(3));
        var second = await h.Fake.WaitForResumedAsync();
        await h.WaitForMessagesAsync(3);

        Assert.Equal([1UL, 2, 3], h.Messages.Select(m => m.Id));
        Assert.Equal(3, second.Resume?.Seq);
        Assert.Single(h.Fake.GatewayIdentifies);
    }

    [Fact]
    public async Task A_resume_from_before_what_is_kept_gets_op_9_and_the_client_identifies_anew()
    {
        await using var h = await GatewayHarness.StartAsync(fake: f => f.Options.GatewayReplayWindow = 2);
        var first = await h.Fake.WaitForReadyAsync();
        await h.WaitForReadyHandledAsync();

        await first.DropAsync();
        await first.Ended.WaitAsync(TimeSpan.FromSeconds(5));
        // Three missed events and room for two: the first of them is gone.
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(1));
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(2));
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(3));
        var again = await h.Fake.WaitForReadyAsync(2);

        var resume = Assert.Single(h.Fake.GatewayResumes);
        Assert.Equal(first.SessionId, resume.SessionId);
        Assert.Equal(2, h.Fake.GatewayIdentifies.Count);
        Assert.NotEqual(first.SessionId, again.SessionId);
        Assert.Equal(0, h.ResumedCount);
        Assert.Empty(h.Messages);
    }
}
