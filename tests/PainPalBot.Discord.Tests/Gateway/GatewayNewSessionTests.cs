using PainPalBot.Discord.Gateway;

namespace PainPalBot.Discord.Tests.Gateway;

public sealed class GatewayNewSessionTests
{
    [Fact]
    public async Task Invalid_session_false_waits_then_identifies_anew_at_the_gateway_url()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.Fake.WaitForReadyAsync();
        await h.WaitForReadyHandledAsync();

        await first.SendInvalidSessionAsync(resumable: false);
        var second = await h.Fake.WaitForReadyAsync(2);
        await h.WaitForReadyHandledAsync(2);
        await h.Fake.DispatchAsync("MESSAGE_CREATE", GatewayHarness.MessageJson(1));
        await h.WaitForMessagesAsync(1);

        Assert.False(second.ConnectedToResumeUrl);
        Assert.Equal(2, h.Fake.GatewayIdentifyCount);
        Assert.Equal(0, h.Fake.GatewayResumeCount);
        Assert.NotEqual(first.SessionId, second.SessionId);
        Assert.Equal(second.SessionId, h.Client.SessionId);
        Assert.IsType<GatewayReconnectException>(Assert.Single(h.Disconnects));
        Assert.Equal(1UL, Assert.Single(h.Messages).Id);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Close_codes_that_end_the_session_lead_to_a_new_identify(int closeCode)
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.Fake.WaitForReadyAsync();
        await h.WaitForReadyHandledAsync();

        await first.CloseAsync(closeCode);
        var second = await h.Fake.WaitForReadyAsync(2);
        await h.WaitForReadyHandledAsync(2);

        Assert.Equal(0, h.Fake.GatewayResumeCount);
        Assert.Equal(2, h.Fake.GatewayIdentifyCount);
        Assert.False(second.ConnectedToResumeUrl);
        Assert.Equal(closeCode, Assert.IsType<GatewayCloseException>(Assert.Single(h.Disconnects)).CloseCode);
        Assert.Equal(2, h.Readies.Count);
        // GUILD_CREATE of a guild READY listed again is availability, not a join.
        Assert.All(h.GuildEvents, e => Assert.Equal("available", e.Kind));
    }

    [Fact]
    public async Task A_resume_the_server_refuses_falls_back_to_identify()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.Fake.WaitForReadyAsync();
        await h.WaitForReadyHandledAsync();

        h.Fake.ExpireGatewaySessions();
        await first.DropAsync();
        var refused = await h.Fake.WaitForGatewayConnectionAsync(2);
        var second = await h.Fake.WaitForReadyAsync(2);
        await h.WaitForReadyHandledAsync(2);

        Assert.True(refused.ConnectedToResumeUrl);
        Assert.Equal(first.SessionId, refused.Resume?.SessionId);
        Assert.False(second.ConnectedToResumeUrl);
        Assert.Equal(1, h.Fake.GatewayResumeCount);
        Assert.Equal(0, h.ResumedCount);
        Assert.Equal(2, h.Fake.GatewayIdentifyCount);
    }
}
