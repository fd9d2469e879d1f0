using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.FakeDiscord;

namespace PainPalBot.Discord.Tests.Rest;

public sealed class RestHeadersTests
{
    [Fact]
    public async Task Every_request_carries_the_bot_token_and_a_DiscordBot_user_agent()
    {
        await using var rest = await RestHarness.StartAsync();

        await rest.Client.GetCurrentApplicationAsync();

        var request = Assert.Single(rest.Discord.Requests);
        Assert.Equal("Bot " + rest.Discord.Token, request.Header("Authorization"));
        Assert.Matches(new Regex(@"^DiscordBot \(https://[^,\s]+, \d+\.\d+\.\d+[^)]*\)$"), request.Header("User-Agent"));
    }

    [Fact]
    public async Task A_wrong_token_fails_with_401_at_once_and_is_not_retried()
    {
        await using var rest = await RestHarness.StartAsync(configure: o => o.Token = "not-the-token");

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.GetGatewayBotAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Equal("/gateway/bot", error.Route);
        Assert.Single(rest.Discord.Requests);
    }

    [Fact]
    public async Task Snowflakes_and_permission_bitsets_go_out_as_strings()
    {
        await using var rest = await RestHarness.StartAsync();

        await rest.Client.CreateDmAsync(123_456_789_012_345_678);
        await rest.Client.BulkOverwriteGlobalApplicationCommandsAsync(rest.AppId, [new ApplicationCommand { Name = "mod", Description = "Moderate", DefaultMemberPermissions = 0x20 }]);

        var dm = rest.Discord.Requests[0].JsonBody();
        Assert.Equal(JsonValueKind.String, dm.GetProperty("recipient_id").ValueKind);
        Assert.Equal("123456789012345678", dm.GetProperty("recipient_id").GetString());
        var command = rest.Discord.Requests[1].JsonBody()[0];
        Assert.Equal("32", command.GetProperty("default_member_permissions").GetString());
    }

    [Fact]
    public async Task Logs_name_the_route_template_and_never_a_token()
    {
        var log = new ListLogger();
        await using var rest = await RestHarness.StartAsync(log: log);
        const string interactionToken = "aW50ZXJhY3Rpb24tdG9rZW4tc2VjcmV0";
        rest.Discord.FailNext("GET", "/webhooks/*/*/messages/@original", FakeFault.ServerError(503));
        rest.Discord.FailNext("POST", "/interactions/*/*/callback", FakeFault.RateLimited(0.02));

        await rest.Client.CreateInteractionResponseAsync(5, interactionToken, new InteractionResponse { Type = InteractionResponseType.DeferredChannelMessageWithSource });
        await rest.Client.GetOriginalInteractionResponseAsync(rest.AppId, interactionToken);

        Assert.NotEmpty(log.Lines);
        Assert.Contains(log.Lines, l => l.Contains("POST /interactions/{interaction_id}/{interaction_token}/callback", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains("GET /webhooks/{application_id}/{interaction_token}/messages/@original", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Lines, l => l.Contains(interactionToken, StringComparison.Ordinal) || l.Contains(rest.Discord.Token, StringComparison.Ordinal));
    }
}
