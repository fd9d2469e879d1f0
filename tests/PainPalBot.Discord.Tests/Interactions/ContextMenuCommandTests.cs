using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using System.Text.Json.Nodes;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.Discord.Tests.Interactions.Sample;
using PainPalBot.FakeDiscord;

namespace PainPalBot.Discord.Tests.Interactions;

/// <summary>
/// Message and user commands (context menus) against the shapes in discord/discord-api-docs
/// (interactions/application-commands#message-commands, #user-commands; receiving-and-responding#application-command-data-structure).
/// </summary>
public sealed class ContextMenuCommandTests
{
    // The example interaction of interactions/application-commands#message-commands, verbatim but for the command name.
    private const string DocsMessageCommandInteraction = """
        {
            "application_id": "775799577604522054",
            "channel_id": "772908445358620702",
            "data": {
                "id": "866818195033292851",
                "name": "Bookmark this",
                "resolved": {
                    "messages": {
                        "867793854505943041": {
                            "attachments": [],
                            "author": {
                                "avatar": "a_f03401914fb4f3caa9037578ab980920",
                                "discriminator": "6538",
                                "id": "167348773423415296",
                                "public_flags": 1,
                                "username": "ian"
                            },
                            "channel_id": "772908445358620702",
                            "components": [],
                            "content": "some message",
                            "edited_timestamp": null,
                            "embeds": [],
                            "flags": 0,
                            "id": "867793854505943041",
                            "mention_everyone": false,
                            "mention_roles": [],
                            "mentions": [],
                            "pinned": false,
                            "timestamp": "2021-07-22T15:42:57.744000+00:00",
                            "tts": false,
                            "type": 0
                        }
                    }
                },
                "target_id": "867793854505943041",
                "type": 3
            },
            "guild_id": "772904309264089089",
            "guild_locale": "en-US",
            "app_permissions": "442368",
            "id": "867793873336926249",
            "locale": "en-US",
            "member": {
                "avatar": null,
                "deaf": false,
                "is_pending": false,
                "joined_at": "2020-11-02T20:46:57.364000+00:00",
                "mute": false,
                "nick": null,
                "pending": false,
                "permissions": "274877906943",
                "premium_since": null,
                "roles": ["785609923542777878"],
                "user": {
                    "avatar": "a_f03401914fb4f3caa9037578ab980920",
                    "discriminator": "6538",
                    "id": "167348773423415296",
                    "public_flags": 1,
                    "username": "ian"
                }
            },
            "token": "UNIQUE_TOKEN",
            "type": 2,
            "version": 1
        }
        """;

    // The example interaction of interactions/application-commands#user-commands, verbatim but for the command name.
    private const string DocsUserCommandInteraction = """
        {
            "application_id": "775799577604522054",
            "channel_id": "772908445358620702",
            "data": {
                "id": "866818195033292850",
                "name": "View Stats",
                "resolved": {
                    "members": {
                        "809850198683418695": {
                            "avatar": null,
                            "is_pending": false,
                            "joined_at": "2021-02-12T18:25:07.972000+00:00",
                            "nick": null,
                            "pending": false,
                            "permissions": "246997699136",
                            "premium_since": null,
                            "roles": []
                        }
                    },
                    "users": {
                        "809850198683418695": {
                            "avatar": "afc428077119df8aabbbd84b0dc90c74",
                            "bot": true,
                            "discriminator": "7302",
                            "id": "809850198683418695",
                            "public_flags": 0,
                            "username": "VoltyDemo"
                        }
                    }
                },
                "target_id": "809850198683418695",
                "type": 2
            },
            "guild_id": "772904309264089089",
            "guild_locale": "en-US",
            "app_permissions": "442368",
            "id": "867794291820986368",
            "locale": "en-US",
            "member": {
                "avatar": null,
                "deaf": false,
                "is_pending": false,
                "joined_at": "2020-11-02T20:46:57.364000+00:00",
                "mute": false,
                "nick": null,
                "pending": false,
                "permissions": "274877906943",
                "premium_since": null,
                "roles": ["785609923542777878"],
                "user": {
                    "avatar": "a_f03401914fb4f3caa9037578ab980920",
                    "discriminator": "6538",
                    "id": "167348773423415296",
                    "public_flags": 1,
                    "username": "ian"
                }
            },
            "token": "UNIQUE_TOKEN",
            "type": 2,
            "version": 1
        }
        """;

    private static Message TargetMessage(FakeDiscord.FakeDiscord discord) => new()
    {
        Id = 867_793_854_505_943_041,
        ChannelId = 772_908_445_358_620_702,
        GuildId = discord.Options.GuildId,
        Author = new User { Id = 167_348_773_423_415_296, Username = "ian" },
        Content = "some message",
        Timestamp = new DateTimeOffset(2021, 7, 22, 15, 42, 57, TimeSpan.Zero),
    };

    [Fact]
    public async Task Message_and_user_commands_are_registered_by_type_with_an_empty_description_and_no_options()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord, devGuildId: discord.Options.GuildId);

        Assert.True(await bot.Interactions.RegisterCommandsAsync(discord.ApplicationId));

        var put = Assert.Single(discord.Requests, r => r.Method == "PUT");
        Assert.Equal(200, put.StatusCode);
        var sent = JsonNode.Parse(put.Json)!.AsArray();
        JsonNode Sent(string name, int type) => Assert.Single(sent, c => (string?)c!["name"] == name && (int?)c["type"] == type)!;

        var bookmark = Sent("Bookmark this", 3).AsObject();
        Assert.Equal("", (string?)bookmark["description"]);
        Assert.False(bookmark.ContainsKey("options"));
        Assert.False(bookmark.ContainsKey("default_member_permissions"));
        Assert.False(bookmark.ContainsKey("contexts"));

        var report = Sent("Report to mods", 3);
        Assert.Equal("32", (string?)report["default_member_permissions"]);
        Assert.Equal("[0]", report["contexts"]!.ToJsonString());

        var stats = Sent("View Stats", 2);
        Assert.Equal("", (string?)stats["description"]);
        Assert.Equal("[0,1]", stats["contexts"]!.ToJsonString());
        Sent("High Five", 2);

        // A slash command and a message command may share a name (unique per type, per scope).
        Sent("ping", 1);
        Sent("ping", 3);

        var stored = discord.GuildCommands(discord.Options.GuildId);
        Assert.Equal(3, stored.Count(c => c.Type == ApplicationCommandType.Message));
        Assert.Equal(2, stored.Count(c => c.Type == ApplicationCommandType.User));
    }

    [Fact]
    public async Task The_docs_example_message_command_interaction_reaches_its_handler_with_the_target_message()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        var interaction = JsonSerializer.Deserialize(DocsMessageCommandInteraction, DiscordJsonContext.Default.Interaction)!;

        var callback = discord.WaitForInteractionCallbackAsync(interaction.Id);
        var result = await bot.Interactions.ExecuteAsync(interaction);

        Assert.True(result.IsSuccess);
        var message = Assert.IsType<Message>(bot.Recorder.Single("bookmark")[0]);
        Assert.Equal(867_793_854_505_943_041UL, message.Id);
        Assert.Equal(772_908_445_358_620_702UL, message.ChannelId);
        Assert.Equal(167_348_773_423_415_296UL, message.Author.Id);
        Assert.Equal("some message", message.Content);
        var reply = (await callback).Response;
        Assert.Equal("bookmarked 867793854505943041", reply.Data?.Content);
        Assert.Equal((int)MessageFlags.Ephemeral, reply.Data?.Flags);
    }

    [Fact]
    public async Task The_docs_example_user_command_interaction_binds_the_partial_member_with_its_user()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        var interaction = JsonSerializer.Deserialize(DocsUserCommandInteraction, DiscordJsonContext.Default.Interaction)!;

        var callback = discord.WaitForInteractionCallbackAsync(interaction.Id);
        await bot.Interactions.ExecuteAsync(interaction);

        var member = Assert.IsType<GuildMember>(bot.Recorder.Single("stats")[0]);
        Assert.Equal(809_850_198_683_418_695UL, member.User?.Id);
        Assert.Equal("VoltyDemo", member.User?.Username);
        Assert.Equal(246_997_699_136UL, member.Permissions);
        Assert.Equal("stats of VoltyDemo", (await callback).Response.Data?.Content);
    }

    [Fact]
    public async Task FakeDiscord_sends_a_message_command_with_the_fields_of_the_docs_example()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord, devGuildId: discord.Options.GuildId);
        await bot.Interactions.RegisterCommandsAsync(discord.ApplicationId);
        var target = TargetMessage(discord);

        var reply = await discord.MessageCommandAsync("Bookmark this", 42, target);

        Assert.True(reply.IsEphemeral);
        Assert.Equal($"bookmarked {target.Id}", reply.Content);
        var sent = JsonNode.Parse(JsonSerializer.Serialize(reply.Interaction, DiscordJsonContext.Default.Interaction))!;
        var docs = JsonNode.Parse(DocsMessageCommandInteraction)!;
        Assert.Equal((int)docs["type"]!, (int)sent["type"]!);
        Assert.Equal((int)docs["data"]!["type"]!, (int)sent["data"]!["type"]!);
        Assert.Equal(target.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)sent["data"]!["target_id"]);
        Assert.Equal(target.ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)sent["channel_id"]);
        var registered = Assert.Single(discord.GuildCommands(discord.Options.GuildId), c => c.Name == "Bookmark this");
        Assert.Equal(registered.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)sent["data"]!["id"]);
        Assert.False(sent["data"]!.AsObject().ContainsKey("options"));

        // The resolved message carries what the docs' partial message carries, and no guild_id or member.
        var partial = sent["data"]!["resolved"]!["messages"]![target.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]!.AsObject();
        var docsPartial = docs["data"]!["resolved"]!["messages"]!["867793854505943041"]!.AsObject();
        Assert.All(partial.Select(p => p.Key), key => Assert.True(docsPartial.ContainsKey(key), $"'{key}' is not in the docs' partial message"));
        Assert.Equal("some message", (string?)partial["content"]);
        Assert.Equal(target.Author.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)partial["author"]!["id"]);
    }

    [Fact]
    public async Task A_message_command_and_a_slash_command_of_the_same_name_go_to_their_own_handlers()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        Assert.Equal("pong", (await discord.SlashAsync("ping", 42)).Content);
        Assert.Equal("pinged a message", (await discord.MessageCommandAsync("ping", 42, TargetMessage(discord))).Content);

        Assert.Equal(TargetMessage(discord).Id, Assert.Single(bot.Recorder.Calls, c => c.Handler == "ping message").Values[0]);
    }

    [Fact]
    public async Task A_user_command_binds_the_user_in_servers_and_DMs()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        discord.SetInteractionUser(new FakeInteractionUser(44) { InDm = true });
        var target = new User { Id = 501, Username = "sam" };

        Assert.Equal("high five sam", (await discord.UserCommandAsync("High Five", 42, target)).Content);
        Assert.Equal("high five sam", (await discord.UserCommandAsync("High Five", 44, target)).Content);
        Assert.Equal("stats of sam", (await discord.UserCommandAsync("View Stats", 42, target, new GuildMember { Nick = "Sam" })).Content);

        Assert.All(bot.Recorder.Calls.Where(c => c.Handler == "high five"), c => Assert.Equal(target, c.Values[0]));
        Assert.Equal("Sam", Assert.IsType<GuildMember>(bot.Recorder.Single("stats")[0]).Nick);
    }

    [Fact]
    public async Task A_message_command_without_its_resolved_message_is_refused_privately_and_runs_nothing()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        var interaction = JsonSerializer.Deserialize(DocsMessageCommandInteraction, DiscordJsonContext.Default.Interaction)!;
        interaction = interaction with { Data = interaction.Data! with { Resolved = new ResolvedData() } };

        var callback = discord.WaitForInteractionCallbackAsync(interaction.Id);
        var result = await bot.Interactions.ExecuteAsync(interaction);

        Assert.Equal(InteractionCommandError.BadArgs, result.Error);
        var reply = (await callback).Response;
        Assert.Equal((int)MessageFlags.Ephemeral, reply.Data?.Flags);
        Assert.Contains("Nothing was changed", reply.Data?.Content, StringComparison.Ordinal);
        Assert.Empty(bot.Recorder.Calls);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("target not resolved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_message_command_gets_the_unknown_command_answer()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.MessageCommandAsync("Not a command", 42, TargetMessage(discord));

        Assert.True(reply.IsEphemeral);
        Assert.Equal("That command or button isn't available any more. Nothing was changed.", reply.Content);
    }

    [Fact]
    public async Task Preconditions_run_for_message_commands()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord, configure: s => s.AddInteractionModule<GuardedContextModule>());

        Assert.Equal("Only people with even ids may do that. Nothing was changed.", (await discord.MessageCommandAsync("Even only", 43, TargetMessage(discord))).Content);
        Assert.Equal("even message", (await discord.MessageCommandAsync("Even only", 42, TargetMessage(discord))).Content);
    }

    [Fact]
    public async Task FakeDiscord_refuses_a_message_command_with_a_description_or_options_as_Discord_does()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        var rest = (IDiscordRestClient)bot.Services.GetService(typeof(IDiscordRestClient))!;

        var described = await Assert.ThrowsAsync<DiscordApiException>(() => rest.BulkOverwriteGlobalApplicationCommandsAsync(discord.ApplicationId,
            [new ApplicationCommand { Type = ApplicationCommandType.Message, Name = "Bookmark this", Description = "Saves it" }]));
        var withOptions = await Assert.ThrowsAsync<DiscordApiException>(() => rest.BulkOverwriteGlobalApplicationCommandsAsync(discord.ApplicationId,
            [new ApplicationCommand { Type = ApplicationCommandType.Message, Name = "Bookmark this", Options = [] }]));

        Assert.Equal(50035, described.Code);
        Assert.Equal(50035, withOptions.Code);
        Assert.Empty(discord.GlobalCommands);
    }
}
