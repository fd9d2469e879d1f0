using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.Crisis;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Tests.Features.Crisis;

/// <summary>
/// "Ask mods to check in" end to end: the real host over FakeDiscord's gateway and REST, a real LiteDB file. The message
/// command's registration, the reporter's private answer, the moderators' alert and its buttons, the cool-down shared with
/// crisis watch, who asked kept private, a server without a moderator channel, <c>/mydata</c> for both people, and logs.
/// </summary>
public sealed class AskModsTests
{
    private const ulong ModChannelId = 771_000_000_000_000_001;
    private const ulong ChannelId = 771_000_000_000_000_002;
    private const ulong AuthorId = 771_000_000_000_000_011;
    private const ulong ReporterId = 771_000_000_000_000_012;
    private const ulong SecondReporterId = 771_000_000_000_000_013;
    private const ulong ModeratorId = 771_000_000_000_000_014;
    private const ulong OtherAuthorId = 771_000_000_000_000_021;
    private const ulong ThirdAuthorId = 771_000_000_000_000_022;
    private const ulong FourthAuthorId = 771_000_000_000_000_023;
    private const string Command = "Ask mods to check in";
    private const string Text = "flare day again. I just want to end it all";

    private static long _nextMessageId = 772_000_000_000_000_000;

    private static FakeInteractionUser Moderator => new(ModeratorId) { Permissions = FakeInteractionUser.DefaultPermissions | GuildPermission.ManageGuild, ChannelId = ModChannelId };

    private static void Configure(TestBot bot, ulong guildId, CrisisDmMode mode = CrisisDmMode.Immediate, bool showReporter = false, bool crisisWatch = false, bool moderatorChannel = true)
    {
        var result = bot.Services.GetRequiredService<ServerSettingsService>().Update(guildId, ModeratorId, new SettingsUpdate
        {
            ModeratorChannelId = moderatorChannel ? ModChannelId : null,
            Country = "GB",
            CrisisDmMode = mode,
            AskModsShowsReporter = showReporter,
            CrisisWatchEnabled = crisisWatch,
        });
        Assert.True(result.Saved, result.Message);
    }

    private static Message Said(FakeDiscord.FakeDiscord discord, ulong authorId, string text = Text, bool bot = false, ulong? channelId = null) => new()
    {
        Id = (ulong)Interlocked.Increment(ref _nextMessageId),
        ChannelId = channelId ?? ChannelId,
        GuildId = discord.Options.GuildId,
        Author = new User { Id = authorId, Username = $"user{authorId}", Bot = bot ? true : null },
        Content = text,
        Timestamp = DateTimeOffset.UtcNow,
    };

    private static IReadOnlyList<Message> Dms(FakeDiscord.FakeDiscord discord, ulong userId) => discord.Messages(discord.DmChannelIdFor(userId));

    private static IEnumerable<Component> Buttons(Message message) =>
        message.Components.SelectMany(row => row.Components ?? []).Concat(message.Components);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Registration_offers_Ask_mods_to_check_in_as_a_message_command_with_an_empty_description()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var put = Assert.Single(discord.Requests, r => r.Method == "PUT" && r.Path == $"/applications/{discord.ApplicationId}/commands");
        Assert.Equal(200, put.StatusCode);
        var sent = Assert.Single(JsonNode.Parse(put.Json)!.AsArray(), c => (string?)c!["name"] == Command)!.AsObject();
        Assert.Equal(3, (int?)sent["type"]);
        Assert.Equal("", (string?)sent["description"]);
        Assert.False(sent.ContainsKey("options"));
        Assert.False(sent.ContainsKey("default_member_permissions"));
        Assert.Equal("[0,1]", sent["contexts"]!.ToJsonString());
        Assert.Contains(discord.GlobalCommands, c => c.Name == Command && c.Type == ApplicationCommandType.Message);
    }

    [Fact]
    public async Task A_member_asking_gets_a_kind_private_answer_and_the_moderators_an_alert_with_a_jump_link_and_no_text()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;
        Configure(bot, guildId);
        var message = Said(discord, AuthorId);

        var reply = await discord.MessageCommandAsync(Command, ReporterId, message);

        Assert.Equal(InteractionResponseType.ChannelMessageWithSource, reply.Type);
        Assert.True(reply.IsEphemeral);
        Assert.StartsWith("Thank you for looking out for them. I've privately asked this server's moderators to check in.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("They've also been sent a private message from me with support lines.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("They won't be told who asked. The moderators won't see who asked either.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("If you think they may be in immediate danger, contact emergency services now.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("999", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Samaritans", reply.Content, StringComparison.Ordinal);
        Assert.Contains("\"parse\":[]", reply.Callback.Request.Body, StringComparison.Ordinal);

        var alert = Assert.Single(discord.Messages(ModChannelId));
        Assert.StartsWith("**Check-in request:** a member is worried about someone", alert.Content, StringComparison.Ordinal);
        Assert.Contains($"Who: <@{AuthorId}> · Where: <#{ChannelId}>", alert.Content, StringComparison.Ordinal);
        Assert.Contains($"https://discord.com/channels/{guildId}/{ChannelId}/{message.Id}", alert.Content, StringComparison.Ordinal);
        Assert.Contains("Asked by: a member (who asked is kept private)", alert.Content, StringComparison.Ordinal);
        Assert.Contains("not from crisis watch", alert.Content, StringComparison.Ordinal);
        Assert.Contains("Support DM: sent privately with helplines", alert.Content, StringComparison.Ordinal);
        Assert.Contains(Buttons(alert), b => b.Label == "I'm on it");
        Assert.Contains(Buttons(alert), b => b.Label == "Resend support DM");

        var toModerators = discord.Requests.Where(r => r.Path.StartsWith($"/channels/{ModChannelId}/messages", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(toModerators);
        Assert.All(toModerators, r =>
        {
            Assert.DoesNotContain("end it all", r.Body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("flare day", r.Body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Id(ReporterId), r.Body, StringComparison.Ordinal);
            Assert.Contains("\"parse\":[]", r.Body, StringComparison.Ordinal);
        });

        // The person asked about hears that someone was worried, never who, and not what they wrote.
        var dm = Assert.Single(Dms(discord, AuthorId));
        Assert.StartsWith("Someone in one of your servers was worried about you and asked the moderators to check in", dm.Content, StringComparison.Ordinal);
        Assert.Contains("999", dm.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(Id(ReporterId), dm.Content, StringComparison.Ordinal);
        Assert.DoesNotContain($"user{ReporterId}", dm.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("end it all", dm.Content, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(discord.Messages(ChannelId), m => (m.Flags & (int)MessageFlags.Ephemeral) == 0);
    }

    [Fact]
    public async Task I_m_on_it_and_Send_support_DM_work_on_a_member_request_and_the_DM_waits_for_a_moderator_when_the_server_says_so()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord.Options.GuildId, CrisisDmMode.AfterModerator);
        discord.SetInteractionUser(Moderator);

        var reply = await discord.MessageCommandAsync(Command, ReporterId, Said(discord, AuthorId));

        Assert.Contains("A moderator will look and decide how best to reach out.", reply.Content, StringComparison.Ordinal);
        var alert = Assert.Single(discord.Messages(ModChannelId));
        Assert.Contains("Support DM: not sent yet: this server asks a moderator to look first", alert.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(discord.Requests, r => r.Path == "/users/@me/channels");

        var member = await discord.ClickAsync(alert, "I'm on it", ReporterId);
        Assert.True(member.IsEphemeral);
        Assert.Equal(RequireModeratorAttribute.Refusal, member.Content);

        var taken = await discord.ClickAsync(alert, "I'm on it", ModeratorId);
        Assert.Equal(InteractionResponseType.UpdateMessage, taken.Type);
        var afterTake = Assert.Single(discord.Messages(ModChannelId));
        Assert.Contains($"Taken by: <@{ModeratorId}> is on it", afterTake.Content, StringComparison.Ordinal);
        Assert.Contains("Asked by: a member (who asked is kept private)", afterTake.Content, StringComparison.Ordinal);
        Assert.True(Buttons(afterTake).Single(b => b.Label == "Taken").Disabled);

        var sent = await discord.ClickAsync(afterTake, "Send support DM", ModeratorId);
        Assert.Equal(InteractionResponseType.UpdateMessage, sent.Type);
        var dm = Assert.Single(Dms(discord, AuthorId));
        Assert.StartsWith("Someone in one of your servers was worried about you", dm.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(Id(ReporterId), dm.Content, StringComparison.Ordinal);
        var updated = Assert.Single(discord.Messages(ModChannelId));
        Assert.Contains($"Support DM: sent privately with helplines (by <@{ModeratorId}>)", updated.Content, StringComparison.Ordinal);
        Assert.Contains($"<@{ModeratorId}> is on it", updated.Content, StringComparison.Ordinal);
        Assert.Contains(Buttons(updated), b => b.Label == "Resend support DM");
    }

    [Fact]
    public async Task Within_the_cool_down_a_second_member_is_told_kindly_and_the_one_alert_notes_that_another_member_asked()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord.Options.GuildId);
        await discord.MessageCommandAsync(Command, ReporterId, Said(discord, AuthorId));

        var second = await discord.MessageCommandAsync(Command, SecondReporterId, Said(discord, AuthorId, "still here, still hurting"));

        Assert.True(second.IsEphemeral);
        Assert.StartsWith("Thank you for looking out for them. The moderators were already asked to check in on this person a short while ago, so I didn't send a second alert; I've added that another member is worried too.", second.Content, StringComparison.Ordinal);
        Assert.Contains("999", second.Content, StringComparison.Ordinal);
        var alert = Assert.Single(discord.Messages(ModChannelId));
        Assert.Contains("Asked by: 2 members (who asked is kept private)", alert.Content, StringComparison.Ordinal);
        Assert.Single(Dms(discord, AuthorId));

        var again = await discord.MessageCommandAsync(Command, ReporterId, Said(discord, AuthorId));
        Assert.StartsWith("You already asked the moderators about this a short while ago, and they have it, so nothing new was sent.", again.Content, StringComparison.Ordinal);
        Assert.Contains("Asked by: 2 members", Assert.Single(discord.Messages(ModChannelId)).Content, StringComparison.Ordinal);

        // Someone else is not held back by the first person's cool-down.
        await discord.MessageCommandAsync(Command, ReporterId, Said(discord, ThirdAuthorId));
        Assert.Equal(2, discord.Messages(ModChannelId).Count);

        bot.Time.Advance(TimeSpan.FromMinutes(31));
        var later = await discord.MessageCommandAsync(Command, SecondReporterId, Said(discord, AuthorId));
        Assert.StartsWith("Thank you for looking out for them. I've privately asked", later.Content, StringComparison.Ordinal);
        Assert.Equal(3, discord.Messages(ModChannelId).Count);
        Assert.Equal(2, Dms(discord, AuthorId).Count);
    }

    [Fact]
    public async Task Crisis_watch_and_a_member_request_share_one_cool_down_so_one_person_gets_one_alert_and_one_DM()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord.Options.GuildId, crisisWatch: true);

        // Crisis watch first, then a member asks about the same person.
        var written = Said(discord, AuthorId);
        await discord.DispatchAsync("MESSAGE_CREATE", written);
        await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{ModChannelId}/messages");
        var asked = await discord.MessageCommandAsync(Command, ReporterId, written);
        // The request joined the alert: whichever side finished second edits it to show that.
        await discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.StartsWith($"/channels/{ModChannelId}/messages/", StringComparison.Ordinal));

        Assert.Contains("I've added that another member is worried too", asked.Content, StringComparison.Ordinal);
        var alert = Assert.Single(discord.Messages(ModChannelId));
        Assert.StartsWith("**Crisis watch:** someone may need support.", alert.Content, StringComparison.Ordinal);
        Assert.Contains("Members asking too: a member (who asked is kept private)", alert.Content, StringComparison.Ordinal);
        Assert.Single(Dms(discord, AuthorId));

        // A member asks first, then crisis watch reads the same person: still one alert and one DM.
        var other = OtherAuthorId;
        await discord.MessageCommandAsync(Command, ReporterId, Said(discord, other, "quiet message"));
        await discord.DispatchAsync("MESSAGE_CREATE", Said(discord, other));
        await bot.Logs.WaitForMessageAsync("Crisis watch cooling down");
        Assert.Equal(2, discord.Messages(ModChannelId).Count);
        Assert.Single(Dms(discord, other));
    }

    [Fact]
    public async Task Who_asked_is_hidden_by_default_and_shown_to_moderators_when_the_server_turns_it_on()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;
        Configure(bot, guildId);
        await discord.MessageCommandAsync(Command, ReporterId, Said(discord, AuthorId));
        Assert.DoesNotContain(Id(ReporterId), Assert.Single(discord.Messages(ModChannelId)).Content, StringComparison.Ordinal);

        var set = await discord.SlashAsync("config set", Moderator, ("show_reporter", true));
        Assert.StartsWith("Saved.", set.Content, StringComparison.Ordinal);
        Assert.Contains("who asked is shown to moderators", set.Content, StringComparison.Ordinal);

        var other = OtherAuthorId;
        var reply = await discord.MessageCommandAsync(Command, ReporterId, Said(discord, other));

        Assert.Contains("This server lets its moderators see who asked, so they'll know it was you.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("They won't be told who asked.", reply.Content, StringComparison.Ordinal);
        var alert = discord.Messages(ModChannelId).Single(m => m.Content.Contains($"<@{other}>", StringComparison.Ordinal));
        Assert.Contains($"Asked by: <@{ReporterId}>", alert.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(Id(ReporterId), Assert.Single(Dms(discord, other)).Content, StringComparison.Ordinal);

        // The first alert keeps the promise made when it was raised, even after the setting changed.
        discord.SetInteractionUser(Moderator);
        var first = discord.Messages(ModChannelId).Single(m => m.Content.Contains($"<@{AuthorId}>", StringComparison.Ordinal));
        await discord.ClickAsync(first, "I'm on it", ModeratorId);
        var retaken = discord.Messages(ModChannelId).Single(m => m.Id == first.Id);
        Assert.Contains("Asked by: a member (who asked is kept private)", retaken.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reporter_stays_unnamed_when_the_person_asked_about_may_read_the_moderator_channel()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord.Options.GuildId, showReporter: true);
        const ulong staffRole = 771_000_000_000_000_900;
        discord.AddRole(new Role { Id = staffRole, Name = "Staff", Permissions = (ulong)GuildPermission.ManageGuild, Position = 1 });
        discord.AddGuildMember(new GuildMember { User = new User { Id = AuthorId, Username = "moderator-in-pain" }, Roles = [staffRole] });

        var reply = await discord.MessageCommandAsync(Command, ReporterId, Said(discord, AuthorId));

        Assert.Contains("The moderators won't see who asked either.", reply.Content, StringComparison.Ordinal);
        var alert = Assert.Single(discord.Messages(ModChannelId));
        Assert.DoesNotContain(Id(ReporterId), alert.Content, StringComparison.Ordinal);
        Assert.Contains("Asked by: a member (who asked is kept private)", alert.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_about_your_own_message_answers_with_helplines_and_alerts_the_moderators_without_a_second_DM()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord.Options.GuildId);

        var reply = await discord.MessageCommandAsync(Command, AuthorId, Said(discord, AuthorId));

        Assert.True(reply.IsEphemeral);
        Assert.StartsWith("Thank you for asking; reaching out takes courage. I've let this server's moderators know privately, and one of them will check in with you.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("You don't have to wait: people are there for you right now.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("999", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Samaritans", reply.Content, StringComparison.Ordinal);
        var alert = Assert.Single(discord.Messages(ModChannelId));
        Assert.StartsWith("**Check-in request:** someone asked the moderators to check in with them.", alert.Content, StringComparison.Ordinal);
        Assert.Contains($"Who: <@{AuthorId}>", alert.Content, StringComparison.Ordinal);
        Assert.Contains("Asked by: they asked for themselves", alert.Content, StringComparison.Ordinal);
        Assert.Contains("Support DM: not sent: they asked themselves and were shown helplines privately", alert.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(discord.Requests, r => r.Path == "/users/@me/channels");

        // A moderator may still send it; it is worded for someone who asked.
        discord.SetInteractionUser(Moderator);
        await discord.ClickAsync(alert, "Send support DM", ModeratorId);
        Assert.StartsWith("You asked the moderators to check in with you", Assert.Single(Dms(discord, AuthorId)).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_without_a_moderator_channel_tells_the_reporter_plainly_sends_nothing_and_loses_nothing()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord.Options.GuildId, moderatorChannel: false);
        var message = Said(discord, AuthorId);
        discord.ClearRequests();

        var reply = await discord.MessageCommandAsync(Command, ReporterId, message);

        Assert.True(reply.IsEphemeral);
        Assert.StartsWith("This server hasn't set up a moderator channel for PainPalBot yet, so I couldn't pass this on, and nothing was sent to anyone. Please message one of the server's moderators directly.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("999", reply.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(discord.Requests, r => r.Method == "POST" && r.Path.StartsWith("/channels/", StringComparison.Ordinal));
        Assert.DoesNotContain(discord.Requests, r => r.Path == "/users/@me/channels");
        Assert.Empty(bot.Services.GetRequiredService<CrisisAlertStore>().AboutUser(AuthorId));

        // Nothing is held back either: once the server has a moderator channel, the same request goes through at once.
        Configure(bot, discord.Options.GuildId);
        var retry = await discord.MessageCommandAsync(Command, ReporterId, message);
        Assert.StartsWith("Thank you for looking out for them. I've privately asked", retry.Content, StringComparison.Ordinal);
        Assert.Single(discord.Messages(ModChannelId));
    }

    [Fact]
    public async Task A_moderator_channel_that_refuses_the_alert_is_reported_no_DM_goes_out_and_a_retry_works()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord.Options.GuildId);
        discord.FailNext("POST", $"/channels/{ModChannelId}/messages", FakeFault.Error(403, 50013, "Missing Permissions"));
        var message = Said(discord, AuthorId);

        var reply = await discord.MessageCommandAsync(Command, ReporterId, message);

        Assert.StartsWith("I couldn't post in the moderators' channel (Discord refused), so nothing was sent to anyone. Please message one of the server's moderators directly", reply.Content, StringComparison.Ordinal);
        Assert.Empty(discord.Messages(ModChannelId));
        Assert.DoesNotContain(discord.Requests, r => r.Path == "/users/@me/channels");
        Assert.Empty(bot.Services.GetRequiredService<CrisisAlertStore>().AboutUser(AuthorId));

        var retry = await discord.MessageCommandAsync(Command, ReporterId, message);
        Assert.StartsWith("Thank you for looking out for them. I've privately asked", retry.Content, StringComparison.Ordinal);
        Assert.Single(discord.Messages(ModChannelId));
        Assert.Single(Dms(discord, AuthorId));
    }

    [Fact]
    public async Task Closed_DMs_are_said_on_the_alert_and_to_the_reporter()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord.Options.GuildId);
        discord.FailNext("POST", $"/channels/{discord.DmChannelIdFor(AuthorId)}/messages", FakeFault.Error(403, 50007, "Cannot send messages to this user"));

        var reply = await discord.MessageCommandAsync(Command, ReporterId, Said(discord, AuthorId));

        Assert.Contains("I couldn't message them myself (their DMs are closed), so the moderators will reach out another way.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Support DM: could not be delivered: their DMs are closed", Assert.Single(discord.Messages(ModChannelId)).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_works_where_crisis_watch_is_off()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord.Options.GuildId, crisisWatch: false);
        var message = Said(discord, AuthorId);
        await discord.DispatchAsync("MESSAGE_CREATE", message);
        await bot.WaitForMessagesHandledAsync(1);
        Assert.Empty(discord.Messages(ModChannelId));

        var reply = await discord.MessageCommandAsync(Command, ReporterId, message);

        Assert.StartsWith("Thank you for looking out for them. I've privately asked", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Check-in request", Assert.Single(discord.Messages(ModChannelId)).Content, StringComparison.Ordinal);
        Assert.False(bot.Services.GetRequiredService<ServerSettingsService>().Get(discord.Options.GuildId).CrisisWatchEnabled);
    }

    [Fact]
    public async Task On_a_bot_s_message_or_in_a_DM_nothing_is_sent_and_the_answer_says_so_with_helplines()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord.Options.GuildId);

        var onBot = await discord.MessageCommandAsync(Command, ReporterId, Said(discord, discord.BotUserId, "Daily check-in time!", bot: true));
        Assert.True(onBot.IsEphemeral);
        Assert.StartsWith("That message is from a bot or an app, so there's nobody to check in on, and nothing was sent.", onBot.Content, StringComparison.Ordinal);
        Assert.Contains("message a moderator directly", onBot.Content, StringComparison.Ordinal);
        Assert.Contains("999", onBot.Content, StringComparison.Ordinal);

        var dmUser = new FakeInteractionUser(ReporterId) { InDm = true };
        var inDm = Said(discord, ReporterId, channelId: discord.DmChannelIdFor(ReporterId)) with { GuildId = null };
        var fromDm = await discord.MessageCommandAsync(Command, dmUser, inDm);
        Assert.True(fromDm.IsEphemeral);
        Assert.StartsWith("Ask mods to check in works in a server, where there are moderators to ask. This is a DM, so nothing was sent to anyone.", fromDm.Content, StringComparison.Ordinal);
        Assert.Contains("people are there for you right now", fromDm.Content, StringComparison.Ordinal);
        // No country known in a DM: the general answer, which points to /crisis rather than to a select this reply doesn't have.
        Assert.Contains("choose your country with `/crisis`", fromDm.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("below", fromDm.Content, StringComparison.Ordinal);

        Assert.Empty(discord.Messages(ModChannelId));
        Assert.DoesNotContain(discord.Requests, r => r.Path == "/users/@me/channels");
    }

    [Fact]
    public async Task Mydata_export_shows_the_author_the_alert_without_who_asked_and_the_reporter_their_request()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord.Options.GuildId, showReporter: true);
        var message = Said(discord, AuthorId);
        await discord.MessageCommandAsync(Command, ReporterId, message);

        var authorRows = await ExportedAlertsAsync(discord, AuthorId);
        var about = Assert.Single(authorRows);
        Assert.Equal("about you", about.GetProperty("role").GetString());
        Assert.Equal("member_request", about.GetProperty("raised_by").GetString());
        Assert.Equal(Id(message.Id), about.GetProperty("message_id").GetString());
        Assert.DoesNotContain(Id(ReporterId), (await ExportJsonAsync(discord, AuthorId)), StringComparison.Ordinal);

        var reporterRows = await ExportedAlertsAsync(discord, ReporterId);
        var asked = Assert.Single(reporterRows);
        Assert.Equal("you asked the moderators to check in", asked.GetProperty("role").GetString());
        Assert.Equal(Id(message.Id), asked.GetProperty("message_id").GetString());
        Assert.Equal(JsonValueKind.Null, asked.GetProperty("support_dm").ValueKind);
        Assert.DoesNotContain(Id(AuthorId), (await ExportJsonAsync(discord, ReporterId)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mydata_delete_removes_the_alerts_about_the_author_and_the_reporter_s_id_but_moderators_keep_that_a_member_asked()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord.Options.GuildId, showReporter: true);
        await discord.MessageCommandAsync(Command, ReporterId, Said(discord, AuthorId));
        await discord.MessageCommandAsync(Command, SecondReporterId, Said(discord, OtherAuthorId));
        Assert.True(Mentions(bot.Db, ReporterId) > 0);

        var deleted = await DeleteMyDataAsync(discord, ReporterId);

        Assert.Matches(@"^Done\. I deleted [1-9]\d* record", deleted);
        Assert.Equal(0, Mentions(bot.Db, ReporterId));
        var alert = Assert.Single(bot.Services.GetRequiredService<CrisisAlertStore>().AboutUser(AuthorId));
        var request = Assert.Single(alert.Requests);
        Assert.Equal(0UL, request.ReporterId);
        discord.SetInteractionUser(Moderator);
        await discord.ClickAsync(discord.Messages(ModChannelId).Single(m => m.Content.Contains($"<@{AuthorId}>", StringComparison.Ordinal)), "I'm on it", ModeratorId);
        var shown = discord.Messages(ModChannelId).Single(m => m.Content.Contains($"<@{AuthorId}>", StringComparison.Ordinal));
        Assert.Contains("Asked by: a member", shown.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(Id(ReporterId), shown.Content, StringComparison.Ordinal);
        Assert.Empty(await ExportedAlertsAsync(discord, ReporterId));

        Assert.Matches(@"^Done\. I deleted [1-9]\d* record", await DeleteMyDataAsync(discord, AuthorId));
        Assert.Equal(0, Mentions(bot.Db, AuthorId));
        Assert.Empty(bot.Services.GetRequiredService<CrisisAlertStore>().AboutUser(AuthorId));
        Assert.Empty(await ExportedAlertsAsync(discord, AuthorId));
        // The other alert, about someone else, is untouched.
        Assert.Single(bot.Services.GetRequiredService<CrisisAlertStore>().AboutUser(OtherAuthorId));
        Assert.True(Mentions(bot.Db, SecondReporterId) > 0);
    }

    [Fact]
    public async Task No_log_line_ties_a_person_to_a_request_or_holds_the_message_text()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;
        Configure(bot, guildId, CrisisDmMode.AfterModerator, showReporter: true, crisisWatch: true);
        discord.SetInteractionUser(Moderator);

        var written = Said(discord, AuthorId);
        await discord.MessageCommandAsync(Command, ReporterId, written);
        await discord.MessageCommandAsync(Command, SecondReporterId, written);
        await discord.MessageCommandAsync(Command, ReporterId, written);
        await discord.MessageCommandAsync(Command, SecondReporterId, Said(discord, SecondReporterId));
        await discord.DispatchAsync("MESSAGE_CREATE", written);
        await bot.Logs.WaitForMessageAsync("Crisis watch cooling down");
        var alert = discord.Messages(ModChannelId)[0];
        discord.FailNext("POST", $"/channels/{discord.DmChannelIdFor(AuthorId)}/messages", FakeFault.Error(500, 0, "Server error"));
        await discord.ClickAsync(alert, "Send support DM", ModeratorId);
        await discord.ClickAsync(alert, "I'm on it", ModeratorId);
        bot.Services.GetRequiredService<GuildSettingsStore>().Save(bot.Services.GetRequiredService<ServerSettingsService>().Get(guildId) with { ModeratorChannelId = null });
        await discord.MessageCommandAsync(Command, ReporterId, Said(discord, FourthAuthorId));
        await DeleteMyDataAsync(discord, ReporterId);

        string[] crisisWords = ["crisis", "ask mods", "check in", "check-in", "alert", "support", "helpline", "request", "worried", "moderator channel"];
        string[] people = [Id(AuthorId), Id(ReporterId), Id(SecondReporterId), Id(FourthAuthorId)];
        var lines = bot.Logs.Rendered();
        Assert.Contains(lines, l => l.Contains("Ask mods: alert posted", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Ask mods: request added", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("has no moderator channel", StringComparison.Ordinal));
        foreach (var line in lines.Where(l => people.Any(p => l.Contains(p, StringComparison.Ordinal))))
            Assert.DoesNotContain(crisisWords, w => line.Contains(w, StringComparison.OrdinalIgnoreCase));
        var all = bot.Logs.AllText();
        Assert.DoesNotContain("end it all", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("flare day", all, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> ExportJsonAsync(FakeDiscord.FakeDiscord discord, ulong userId)
    {
        var dmChannel = discord.DmChannelIdFor(userId);
        var before = discord.Requests.Count(r => r.Method == "POST" && r.Path == $"/channels/{dmChannel}/messages" && r.Files.Count > 0);
        var reply = await discord.SlashAsync("mydata export", userId);
        Assert.Contains("sent your data to your DMs", await reply.WaitForContentAsync(TimeSpan.FromSeconds(30)), StringComparison.Ordinal);
        var export = discord.Requests.Where(r => r.Method == "POST" && r.Path == $"/channels/{dmChannel}/messages" && r.Files.Count > 0).Skip(before)
            .SelectMany(r => r.Files).First(f => f.FileName == "painpal-data.json");
        return export.Text;
    }

    private static async Task<List<JsonElement>> ExportedAlertsAsync(FakeDiscord.FakeDiscord discord, ulong userId)
    {
        using var json = JsonDocument.Parse(await ExportJsonAsync(discord, userId));
        return [.. json.RootElement.GetProperty("crisis_alerts").EnumerateArray().Select(e => e.Clone())];
    }

    private static async Task<string> DeleteMyDataAsync(FakeDiscord.FakeDiscord discord, ulong userId)
    {
        var ask = await discord.SlashAsync("mydata delete", userId);
        var confirm = await discord.ClickAsync(await ask.WaitForMessageAsync(), "Delete everything", userId);
        return confirm.Content ?? "";
    }

    // Every document of every collection, as LiteDB's JSON, searched for the id in any form it is stored in.
    private static int Mentions(ILiteDatabase db, ulong userId)
    {
        var id = Id(userId);
        var count = 0;
        foreach (var name in db.GetCollectionNames())
        {
            foreach (var document in db.GetCollection(name).FindAll())
            {
                if (LiteDB.JsonSerializer.Serialize(document).Contains(id, StringComparison.Ordinal))
                    count++;
            }
        }
        return count;
    }
}
