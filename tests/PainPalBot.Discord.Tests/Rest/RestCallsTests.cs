using System.Globalization;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;

namespace PainPalBot.Discord.Tests.Rest;

public sealed class RestCallsTests
{
    private const string Token = "interaction-token-1";

    [Fact]
    public async Task Current_application_is_read_from_applications_me()
    {
        await using var rest = await RestHarness.StartAsync();

        var app = await rest.Client.GetCurrentApplicationAsync();

        Assert.Equal(rest.AppId, app.Id);
        Assert.Equal(("GET", "/applications/@me"), Only(rest));
    }

    [Fact]
    public async Task Gateway_bot_returns_the_fake_gateway_url_and_session_start_limit()
    {
        await using var rest = await RestHarness.StartAsync(new FakeDiscordOptions
        {
            SessionStartLimit = new SessionStartLimit { Total = 1000, Remaining = 997, ResetAfter = 1234, MaxConcurrency = 2 },
        });

        var info = await rest.Client.GetGatewayBotAsync();

        Assert.Equal($"ws://127.0.0.1:{rest.Discord.BaseUrl.Port}/gateway", info.Url);
        Assert.Equal(997, info.SessionStartLimit.Remaining);
        Assert.Equal(2, info.SessionStartLimit.MaxConcurrency);
        Assert.Equal(1, rest.Discord.GatewayBotCallCount);
        Assert.Equal(("GET", "/gateway/bot"), Only(rest));
    }

    [Fact]
    public async Task Global_commands_are_overwritten_with_PUT_and_read_back()
    {
        await using var rest = await RestHarness.StartAsync();
        ApplicationCommand[] commands =
        [
            new() { Name = "checkin", Description = "Log how you are", Options = [new() { Type = ApplicationCommandOptionType.Integer, Name = "pain", Description = "0-10", Required = true, MinValue = 0, MaxValue = 10 }] },
            new() { Name = "crisis", Description = "Helplines", Contexts = [0, 1] },
        ];

        var stored = await rest.Client.BulkOverwriteGlobalApplicationCommandsAsync(rest.AppId, commands);
        var read = await rest.Client.GetGlobalApplicationCommandsAsync(rest.AppId);

        var put = rest.Discord.Requests[0];
        Assert.Equal(("PUT", $"/applications/{rest.AppId}/commands"), (put.Method, put.Path));
        Assert.Equal(2, put.JsonBody().GetArrayLength());
        Assert.Equal("pain", put.JsonBody()[0].GetProperty("options")[0].GetProperty("name").GetString());
        Assert.All(stored, c => Assert.NotNull(c.Id));
        Assert.Equal(stored.Select(c => c.Id), read.Select(c => c.Id));
        Assert.Equal("GET", rest.Discord.Requests[1].Method);
    }

    [Fact]
    public async Task Guild_commands_are_overwritten_under_the_guild()
    {
        await using var rest = await RestHarness.StartAsync();
        var guildId = rest.Discord.Options.GuildId;

        var stored = await rest.Client.BulkOverwriteGuildApplicationCommandsAsync(rest.AppId, guildId, [new ApplicationCommand { Name = "settings", Description = "Server settings" }]);

        Assert.Equal(("PUT", $"/applications/{rest.AppId}/guilds/{guildId}/commands"), Only(rest));
        Assert.Equal(guildId, Assert.Single(stored).GuildId);
        Assert.Single(rest.Discord.GuildCommands(guildId));
    }

    [Fact]
    public async Task Interaction_callback_posts_the_response_without_needing_the_bot_token()
    {
        await using var rest = await RestHarness.StartAsync();

        await rest.Client.CreateInteractionResponseAsync(42, Token, new InteractionResponse
        {
            Type = InteractionResponseType.ChannelMessageWithSource,
            Data = new InteractionCallbackData { Content = "Saved.", Flags = (int)MessageFlags.Ephemeral, AllowedMentions = AllowedMentions.None },
        });

        var callback = await rest.Discord.WaitForInteractionCallbackAsync(42);
        Assert.Equal($"/interactions/42/{Token}/callback", callback.Request.Path);
        Assert.Equal(InteractionResponseType.ChannelMessageWithSource, callback.Response.Type);
        Assert.Equal("Saved.", callback.Response.Data?.Content);
        Assert.Equal(64, callback.Response.Data?.Flags);
        Assert.Equal(204, callback.Request.StatusCode);
        Assert.Equal("Saved.", rest.Discord.OriginalResponseFor(Token)?.Content);
    }

    [Fact]
    public async Task Modal_and_autocomplete_callbacks_carry_their_data()
    {
        await using var rest = await RestHarness.StartAsync();
        var modal = new InteractionResponse
        {
            Type = InteractionResponseType.Modal,
            Data = new InteractionCallbackData
            {
                CustomId = "story:new",
                Title = "Share a story",
                Components = [new Component { Type = ComponentType.Label, Label = "Your story", Child = new Component { Type = ComponentType.TextInput, CustomId = "text", Style = (int)TextInputStyle.Paragraph } }],
            },
        };

        await rest.Client.CreateInteractionResponseAsync(1, "t1", modal);
        await rest.Client.CreateInteractionResponseAsync(2, "t2", new InteractionResponse
        {
            Type = InteractionResponseType.ApplicationCommandAutocompleteResult,
            Data = new InteractionCallbackData { Choices = [new ApplicationCommandOptionChoice { Name = "Europe/London", Value = System.Text.Json.JsonDocument.Parse("\"Europe/London\"").RootElement }] },
        });

        var shown = (await rest.Discord.WaitForInteractionCallbackAsync(1)).Response;
        Assert.Equal(InteractionResponseType.Modal, shown.Type);
        Assert.Equal("story:new", shown.Data?.CustomId);
        Assert.Equal("text", shown.Data?.Components?[0].Child?.CustomId);
        var json = rest.Discord.Requests[0].JsonBody();
        Assert.Equal(9, json.GetProperty("type").GetInt32());
        Assert.Equal("Europe/London", (await rest.Discord.WaitForInteractionCallbackAsync(2)).Response.Data?.Choices?[0].Name);
    }

    [Fact]
    public async Task Original_response_is_read_edited_and_deleted_through_the_webhook()
    {
        await using var rest = await RestHarness.StartAsync();
        await rest.Client.CreateInteractionResponseAsync(7, Token, new InteractionResponse { Type = InteractionResponseType.DeferredChannelMessageWithSource });

        var edited = await rest.Client.EditOriginalInteractionResponseAsync(rest.AppId, Token, new WebhookMessageRequest { Content = "Done", AllowedMentions = AllowedMentions.None });
        var read = await rest.Client.GetOriginalInteractionResponseAsync(rest.AppId, Token);
        await rest.Client.DeleteOriginalInteractionResponseAsync(rest.AppId, Token);
        var gone = await rest.Client.GetOriginalInteractionResponseAsync(rest.AppId, Token);

        var original = $"/webhooks/{rest.AppId}/{Token}/messages/@original";
        Assert.Equal(
            [("POST", $"/interactions/7/{Token}/callback"), ("PATCH", original), ("GET", original), ("DELETE", original), ("GET", original)],
            rest.Discord.Requests.Select(r => (r.Method, r.Path)));
        Assert.Equal("Done", edited.Content);
        Assert.Equal(edited.Id, read?.Id);
        Assert.Null(gone);
        Assert.Equal("""{"content":"Done","allowed_mentions":{"parse":[]}}""", rest.Discord.Requests[1].Body);
    }

    [Fact]
    public async Task Followups_are_created_and_edited()
    {
        await using var rest = await RestHarness.StartAsync();

        var followup = await rest.Client.CreateFollowupMessageAsync(rest.AppId, Token, new WebhookMessageRequest { Content = "More", Flags = 64 });
        var edited = await rest.Client.EditFollowupMessageAsync(rest.AppId, Token, followup.Id, new WebhookMessageRequest { Content = "Less" });

        Assert.Equal(("POST", $"/webhooks/{rest.AppId}/{Token}"), (rest.Discord.Requests[0].Method, rest.Discord.Requests[0].Path));
        Assert.Equal(("PATCH", $"/webhooks/{rest.AppId}/{Token}/messages/{followup.Id}"), (rest.Discord.Requests[1].Method, rest.Discord.Requests[1].Path));
        Assert.Equal("Less", edited.Content);
        Assert.Equal("Less", Assert.Single(rest.Discord.FollowupsFor(Token)).Content);
    }

    [Fact]
    public async Task A_DM_channel_is_the_same_for_the_same_person()
    {
        await using var rest = await RestHarness.StartAsync();

        var first = await rest.Client.CreateDmAsync(77);
        var second = await rest.Client.CreateDmAsync(77);

        Assert.Equal(("POST", "/users/@me/channels"), (rest.Discord.Requests[0].Method, rest.Discord.Requests[0].Path));
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, first.Type);
        Assert.Equal(rest.Discord.DmChannelIdFor(77), first.Id);
        Assert.NotEqual(first.Id, rest.Discord.DmChannelIdFor(78));
    }

    [Fact]
    public async Task A_message_is_created_with_embeds_components_and_allowed_mentions_then_edited_and_deleted()
    {
        await using var rest = await RestHarness.StartAsync();
        var request = new CreateMessageRequest
        {
            Content = "How is your pain today?",
            Embeds = [new Embed { Title = "Daily check-in", Fields = [new EmbedField { Name = "Streak", Value = "3 days" }] }],
            Components = [new Component { Type = ComponentType.ActionRow, Components = [new Component { Type = ComponentType.Button, Style = (int)ButtonStyle.Primary, CustomId = "checkin:open", Label = "Log" }] }],
            AllowedMentions = AllowedMentions.None,
            Nonce = "prompt-2026-11-25",
            EnforceNonce = true,
        };

        var created = await rest.Client.CreateMessageAsync(555, request);
        var edited = await rest.Client.EditMessageAsync(555, created.Id, new EditMessageRequest { Content = "Thanks!", Components = [] });
        Assert.Equal("Thanks!", Assert.Single(rest.Discord.Messages(555)).Content);
        await rest.Client.DeleteMessageAsync(555, created.Id);

        var json = rest.Discord.Requests[0].JsonBody();
        Assert.Equal(("POST", "/channels/555/messages"), (rest.Discord.Requests[0].Method, rest.Discord.Requests[0].Path));
        Assert.Equal(0, json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal("prompt-2026-11-25", json.GetProperty("nonce").GetString());
        Assert.True(json.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal("checkin:open", json.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString());
        Assert.Equal("Daily check-in", created.Embeds[0].Title);
        Assert.Equal(("PATCH", $"/channels/555/messages/{created.Id}"), (rest.Discord.Requests[1].Method, rest.Discord.Requests[1].Path));
        Assert.Equal(("DELETE", $"/channels/555/messages/{created.Id}"), (rest.Discord.Requests[2].Method, rest.Discord.Requests[2].Path));
        Assert.Empty(edited.Components);
        Assert.Empty(rest.Discord.Messages(555));
    }

    [Fact]
    public async Task Guild_member_roles_channel_and_guild_are_read()
    {
        await using var rest = await RestHarness.StartAsync();
        var guildId = rest.Discord.Options.GuildId;
        rest.Discord.AddRole(new Role { Id = 31, Name = "Moderators", Permissions = 0x20, Position = 1 });
        rest.Discord.AddChannel(new Channel { Id = 600, Type = 0, GuildId = guildId, Name = "mod-alerts" });

        var member = await rest.Client.GetGuildMemberAsync(guildId, 12);
        var roles = await rest.Client.GetGuildRolesAsync(guildId);
        var channel = await rest.Client.GetChannelAsync(600);
        var guild = await rest.Client.GetGuildAsync(guildId);
        var thread = await rest.Client.StartThreadFromMessageAsync(600, 601, new StartThreadRequest { Name = "Story", AutoArchiveDuration = 1440 });

        Assert.Equal(12UL, member?.User?.Id);
        Assert.Equal([guildId, 31UL], roles.Select(r => r.Id));
        Assert.Equal("mod-alerts", channel?.Name);
        Assert.Equal(guildId, guild?.Id);
        Assert.Equal(600UL, thread.ParentId);
        Assert.Equal(
            [$"/guilds/{guildId}/members/12", $"/guilds/{guildId}/roles", "/channels/600", $"/guilds/{guildId}", "/channels/600/messages/601/threads"],
            rest.Discord.Requests.Select(r => r.Path));
        Assert.Equal("1440", rest.Discord.Requests[4].JsonBody().GetProperty("auto_archive_duration").GetInt32().ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_GET_that_finds_nothing_returns_null()
    {
        await using var rest = await RestHarness.StartAsync();

        Assert.Null(await rest.Client.GetChannelAsync(424242));
        Assert.Null(await rest.Client.GetGuildAsync(1));
        Assert.Null(await rest.Client.GetGuildMemberAsync(1, 2));
        Assert.Null(await rest.Client.GetOriginalInteractionResponseAsync(rest.AppId, "no-such-token"));
        Assert.All(rest.Discord.Requests, r => Assert.Equal(404, r.StatusCode));
        Assert.Equal(4, rest.Discord.Requests.Count);
    }

    private static (string Method, string Path) Only(RestHarness rest)
    {
        var request = Assert.Single(rest.Discord.Requests);
        return (request.Method, request.Path);
    }
}
