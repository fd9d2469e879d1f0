using System.Net;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.FakeDiscord;

namespace PainPalBot.Discord.Tests.Rest;

public sealed class RestErrorTests
{
    [Fact]
    public async Task A_closed_DM_surfaces_as_403_with_code_50007_and_is_not_retried()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Discord.FailNext("POST", "/channels/*/messages", FakeFault.Error(403, DiscordErrorCodes.CannotSendMessagesToThisUser, "Cannot send messages to this user"));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() =>
            rest.Client.CreateMessageAsync(1, new CreateMessageRequest { Content = "prompt", Nonce = "n1", EnforceNonce = true }));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Equal(DiscordErrorCodes.CannotSendMessagesToThisUser, error.Code);
        Assert.Equal("Cannot send messages to this user", error.DiscordMessage);
        Assert.Equal(("POST", "/channels/{channel_id}/messages"), (error.Method, error.Route));
        Assert.Single(rest.Discord.Requests);
    }

    [Fact]
    public async Task An_expired_interaction_surfaces_as_10062()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Discord.FailNext("POST", "/interactions/*/*/callback", FakeFault.Error(404, DiscordErrorCodes.UnknownInteraction, "Unknown interaction"));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() =>
            rest.Client.CreateInteractionResponseAsync(1, "old", new InteractionResponse { Type = InteractionResponseType.DeferredChannelMessageWithSource }));

        Assert.Equal(DiscordErrorCodes.UnknownInteraction, error.Code);
        Assert.DoesNotContain("old", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_callback_surfaces_as_40060_already_acknowledged()
    {
        await using var rest = await RestHarness.StartAsync();
        var response = new InteractionResponse { Type = InteractionResponseType.ChannelMessageWithSource, Data = new InteractionCallbackData { Content = "a" } };
        await rest.Client.CreateInteractionResponseAsync(2, "tok", response);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.CreateInteractionResponseAsync(2, "tok", response));

        Assert.Equal((HttpStatusCode.BadRequest, DiscordErrorCodes.InteractionAlreadyAcknowledged), (error.Status, error.Code));
    }

    [Fact]
    public async Task Field_errors_of_an_invalid_form_body_are_kept()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Discord.FailNext("POST", "/channels/*/messages", FakeFault.Error(400, DiscordErrorCodes.InvalidFormBody, "Invalid Form Body",
            """{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 2000 or fewer in length."}]}}"""));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.CreateMessageAsync(1, new CreateMessageRequest { Content = "x" }));

        Assert.Equal(DiscordErrorCodes.InvalidFormBody, error.Code);
        Assert.Equal("BASE_TYPE_MAX_LENGTH", error.Errors?.GetProperty("content").GetProperty("_errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_forbidden_GET_is_not_retried()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Discord.FailNext("GET", "/channels/5", FakeFault.Error(403, DiscordErrorCodes.MissingAccess, "Missing Access"), times: 5);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.GetChannelAsync(5));

        Assert.Equal(DiscordErrorCodes.MissingAccess, error.Code);
        Assert.Single(rest.Discord.Requests);
    }

    [Fact]
    public async Task A_5xx_on_a_GET_is_retried_with_backoff()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Discord.AddChannel(new Channel { Id = 8, Type = 0, Name = "general" });
        rest.Discord.FailNext("GET", "/channels/8", FakeFault.ServerError(502), times: 2);

        var channel = await rest.Client.GetChannelAsync(8);

        Assert.Equal("general", channel?.Name);
        Assert.Equal([502, 502, 200], rest.Discord.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task A_5xx_retry_gives_up_after_the_configured_attempts()
    {
        await using var rest = await RestHarness.StartAsync(configure: o => o.RestMaxRetries = 2);
        rest.Discord.FailNext("PUT", "/applications/*/commands", FakeFault.ServerError(500), times: 10);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.BulkOverwriteGlobalApplicationCommandsAsync(rest.AppId, []));

        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        Assert.Equal(3, rest.Discord.Requests.Count);
    }

    [Fact]
    public async Task A_5xx_on_a_create_with_an_enforced_nonce_is_retried_and_makes_one_message()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Discord.FailNext("POST", "/channels/9/messages", FakeFault.ServerError(503));

        var message = await rest.Client.CreateMessageAsync(9, new CreateMessageRequest { Content = "prompt", Nonce = "u1-2026-11-25", EnforceNonce = true });

        Assert.Equal([503, 200], rest.Discord.Requests.Select(r => r.StatusCode));
        Assert.Equal(message.Id, Assert.Single(rest.Discord.Messages(9)).Id);
    }

    [Fact]
    public async Task A_5xx_on_a_plain_POST_is_not_retried()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Discord.FailNext("POST", "/channels/9/messages", FakeFault.ServerError(500));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.CreateMessageAsync(9, new CreateMessageRequest { Content = "hello", Nonce = "n-without-enforce" }));

        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        Assert.Single(rest.Discord.Requests);
        Assert.Empty(rest.Discord.Messages(9));
    }

    [Fact]
    public async Task A_5xx_on_an_interaction_callback_is_not_retried()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Discord.FailNext("POST", "/interactions/*/*/callback", FakeFault.ServerError(500));

        await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.CreateInteractionResponseAsync(3, "t", new InteractionResponse { Type = InteractionResponseType.DeferredChannelMessageWithSource }));

        Assert.Single(rest.Discord.Requests);
    }

    [Fact]
    public async Task The_same_enforced_nonce_twice_returns_the_message_already_made()
    {
        await using var rest = await RestHarness.StartAsync();
        var request = new CreateMessageRequest { Content = "Time to check in", Nonce = "u42-2026-11-25", EnforceNonce = true };

        var first = await rest.Client.CreateMessageAsync(10, request);
        var again = await rest.Client.CreateMessageAsync(10, request);
        await rest.Client.CreateMessageAsync(10, request with { EnforceNonce = null });

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(2, rest.Discord.Messages(10).Count);
    }

    [Fact]
    public async Task A_network_failure_on_a_GET_is_retried_and_on_a_POST_is_not()
    {
        var discord = await FakeDiscord.FakeDiscord.StartAsync();
        var options = new DiscordOptions { Token = "t", ApiBaseUrl = discord.ApiBaseUrl, RestRetryDelay = TimeSpan.FromMilliseconds(5), RestMaxRetries = 2 };
        await discord.DisposeAsync();
        using var client = new DiscordRestClient(Microsoft.Extensions.Options.Options.Create(options));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetChannelAsync(1));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.CreateMessageAsync(1, new CreateMessageRequest { Content = "x" }));
    }
}
