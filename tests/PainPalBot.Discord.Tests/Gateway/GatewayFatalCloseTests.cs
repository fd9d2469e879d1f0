using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Gateway;

namespace PainPalBot.Discord.Tests.Gateway;

public sealed class GatewayFatalCloseTests
{
    private const string WrongToken = "wrong-token.secret.value";

    [Fact]
    public async Task A_wrong_token_4004_stops_the_client_with_one_clear_line_and_no_token()
    {
        await using var h = await GatewayHarness.StartAsync(discord: o => o.Token = WrongToken);

        await h.Client.Stopped.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(4004, h.Client.FatalError?.CloseCode);
        Assert.False(h.Client.FatalError?.CanReconnect);
        Assert.Equal(ConnectionState.Disconnected, h.Client.ConnectionState);
        Assert.Single(h.Fake.GatewayConnections);
        var line = Assert.Single(h.Log.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains("4004", line.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:Token", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Log.Entries, e => e.Message.Contains(WrongToken, StringComparison.Ordinal) || (e.Exception?.ToString().Contains(WrongToken, StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task A_refused_message_content_intent_4014_stops_the_client_and_says_what_to_enable()
    {
        await using var h = await GatewayHarness.StartAsync(discord: o => o.MessageContentIntent = true, fake: f => f.MessageContentIntentEnabled = false);

        await h.Client.Stopped.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(4014, h.Client.FatalError?.CloseCode);
        Assert.Single(h.Fake.GatewayConnections);
        var line = Assert.Single(h.Log.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains("Message Content", line.Message, StringComparison.Ordinal);
        Assert.Contains("developer portal", line.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:MessageContentIntent", line.Message, StringComparison.Ordinal);
        await h.Changed.WaitUntilAsync(() => h.Disconnects.Count > 0, "the Disconnected event");
        Assert.Equal(4014, Assert.IsType<GatewayCloseException>(Assert.Single(h.Disconnects)).CloseCode);
    }

    [Fact]
    public void Identify_and_resume_payloads_never_print_the_token()
    {
        var identify = new IdentifyPayload { Token = WrongToken, Intents = GatewayIntents.Guilds, Shard = [0, 1] };
        var resume = new ResumePayload { Token = WrongToken, SessionId = "abc", Seq = 5 };

        Assert.DoesNotContain(WrongToken, identify.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(WrongToken, resume.ToString(), StringComparison.Ordinal);
        Assert.Contains("Seq = 5", resume.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    public async Task Other_fatal_close_codes_stop_the_client_even_mid_session(int closeCode)
    {
        await using var h = await GatewayHarness.StartAsync();
        var connection = await h.Fake.WaitForReadyAsync();
        await h.WaitForReadyHandledAsync();

        await connection.CloseAsync(closeCode);
        await h.Client.Stopped.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(closeCode, h.Client.FatalError?.CloseCode);
        Assert.Single(h.Fake.GatewayConnections);
        Assert.Single(h.Log.Entries, e => e.Level == LogLevel.Critical && e.Message.Contains(closeCode.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invalid_shard_is_refused_with_4010()
    {
        await using var h = await GatewayHarness.StartAsync(discord: o =>
        {
            o.ShardId = 2;
            o.ShardCount = 2;
        });

        await h.Client.Stopped.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(4010, h.Client.FatalError?.CloseCode);
        Assert.Contains(h.Log.Entries, e => e.Level == LogLevel.Critical && e.Message.Contains("Discord:ShardId", StringComparison.Ordinal));
    }
}
