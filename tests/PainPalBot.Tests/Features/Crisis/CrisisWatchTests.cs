using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Tests.Features.Crisis;

/// <summary>Crisis watch end to end: the private DM, the moderators' alert and its buttons, the cool-down, closed DMs, and nothing written to the logs.</summary>
public sealed class CrisisWatchTests
{
    private const ulong ModChannelId = 713_000_000_000_000_001;
    private const ulong WatchedChannelId = 713_000_000_000_000_002;
    private const ulong OtherChannelId = 713_000_000_000_000_003;
    private const ulong AuthorId = 7601;
    private const ulong ModeratorId = 7602;
    private const string CrisisText = "flare day again. I just want to end it all";

    private static FakeInteractionUser Moderator => new(ModeratorId) { Permissions = FakeInteractionUser.DefaultPermissions | GuildPermission.ManageGuild };

    private static void Watch(TestBot bot, ulong guildId, CrisisDmMode mode = CrisisDmMode.Immediate, ulong[]? channels = null)
    {
        var result = bot.Services.GetRequiredService<ServerSettingsService>().Update(guildId, ModeratorId, new SettingsUpdate
        {
            ModeratorChannelId = ModChannelId,
            Country = "GB",
            CrisisWatchEnabled = true,
            CrisisWatchChannelIds = channels ?? [WatchedChannelId],
            CrisisDmMode = mode,
        });
        Assert.True(result.Saved);
    }

    private static long _nextMessageId = 714_000_000_000_000_000;

    private static Task SayAsync(FakeDiscord.FakeDiscord discord, string text, ulong channelId = WatchedChannelId, ulong authorId = AuthorId, bool inGuild = true, ulong? guildId = null) =>
        discord.DispatchAsync("MESSAGE_CREATE", new Message
        {
            Id = (ulong)Interlocked.Increment(ref _nextMessageId),
            ChannelId = channelId,
            GuildId = inGuild ? guildId ?? discord.Options.GuildId : null,
            Author = new User { Id = authorId, Username = $"user{authorId}" },
            Content = text,
            Timestamp = DateTimeOffset.UtcNow,
        });

    private static Task<RecordedRequest> AlertPostedAsync(FakeDiscord.FakeDiscord discord, int count = 1) =>
        discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{ModChannelId}/messages" && discord.Messages(ModChannelId).Count >= count);

    [Fact]
    public async Task A_crisis_message_gets_the_author_a_private_DM_and_the_moderators_an_alert_without_the_text()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;
        Watch(bot, guildId);

        await SayAsync(discord, CrisisText);
        await AlertPostedAsync(discord);

        var dm = Assert.Single(discord.Messages(discord.DmChannelIdFor(AuthorId)));
        Assert.Contains("999", dm.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("end it all", dm.Content, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(discord.Messages(WatchedChannelId));

        var alert = Assert.Single(discord.Messages(ModChannelId));
        var original = (await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{ModChannelId}/messages"));
        Assert.Contains($"<#{WatchedChannelId}>", alert.Content, StringComparison.Ordinal);
        Assert.Contains($"https://discord.com/channels/{guildId}/{WatchedChannelId}/", alert.Content, StringComparison.Ordinal);
        Assert.Contains("sent privately", alert.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("end it all", alert.Content, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("end it all", original.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"parse\":[]", original.Body, StringComparison.Ordinal);

        var logs = bot.Logs.AllText();
        Assert.DoesNotContain("end it all", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("flare day", logs, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_closed_DM_still_alerts_the_moderators_and_the_alert_says_the_DM_failed()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Watch(bot, discord.Options.GuildId);
        discord.FailNext("POST", "/channels/*/messages", FakeFault.Error(403, 50007, "Cannot send messages to this user"));

        await SayAsync(discord, CrisisText);
        await AlertPostedAsync(discord);

        var alert = Assert.Single(discord.Messages(ModChannelId));
        Assert.Contains("could not be delivered", alert.Content, StringComparison.Ordinal);
        Assert.Contains("DMs are closed", alert.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("end it all", bot.Logs.AllText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_cool_down_stops_repeated_alerts_about_the_same_person_until_it_ends()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Watch(bot, discord.Options.GuildId);

        await SayAsync(discord, CrisisText);
        await AlertPostedAsync(discord);
        await SayAsync(discord, "I want to die");
        await bot.Logs.WaitForMessageAsync("Crisis watch cooling down");
        Assert.Single(discord.Messages(ModChannelId));
        Assert.Single(discord.Messages(discord.DmChannelIdFor(AuthorId)));

        // Someone else is not held back by the first person's cool-down.
        await SayAsync(discord, "I want to die", authorId: AuthorId + 1);
        await AlertPostedAsync(discord, 2);

        bot.Time.Advance(TimeSpan.FromMinutes(31));
        await SayAsync(discord, "I want to die");
        await AlertPostedAsync(discord, 3);
        Assert.Equal(2, discord.Messages(discord.DmChannelIdFor(AuthorId)).Count);
    }

    [Fact]
    public async Task The_cool_down_is_configurable()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: "--CrisisWatch:Cooldown=00:05:00");
        Watch(bot, discord.Options.GuildId);

        await SayAsync(discord, CrisisText);
        await AlertPostedAsync(discord);
        bot.Time.Advance(TimeSpan.FromMinutes(6));
        await SayAsync(discord, CrisisText);
        await AlertPostedAsync(discord, 2);
    }

    [Fact]
    public async Task I_m_on_it_records_the_moderator_and_updates_the_alert_for_everyone()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Watch(bot, discord.Options.GuildId);
        discord.SetInteractionUser(Moderator with { ChannelId = ModChannelId });
        await SayAsync(discord, CrisisText);
        await AlertPostedAsync(discord);
        var alert = Assert.Single(discord.Messages(ModChannelId));

        var member = await discord.ClickAsync(alert, "I'm on it", AuthorId + 5);
        Assert.Equal(RequireModeratorAttribute.Refusal, member.Content);

        var taken = await discord.ClickAsync(alert, "I'm on it", ModeratorId);

        Assert.Equal(InteractionResponseType.UpdateMessage, taken.Type);
        var updated = Assert.Single(discord.Messages(ModChannelId));
        Assert.Contains($"<@{ModeratorId}> is on it", updated.Content, StringComparison.Ordinal);
        var button = FakeDiscordComponents(updated).Single(c => c.Label == "Taken");
        Assert.True(button.Disabled);
    }

    [Fact]
    public async Task After_moderator_mode_sends_no_DM_until_a_moderator_presses_Send_support_DM()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Watch(bot, discord.Options.GuildId, CrisisDmMode.AfterModerator);
        discord.SetInteractionUser(Moderator with { ChannelId = ModChannelId });

        await SayAsync(discord, CrisisText);
        await AlertPostedAsync(discord);
        var alert = Assert.Single(discord.Messages(ModChannelId));
        Assert.Contains("not sent yet", alert.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(discord.Requests, r => r.Path == "/users/@me/channels");

        var sent = await discord.ClickAsync(alert, "Send support DM", ModeratorId);

        Assert.Equal(InteractionResponseType.UpdateMessage, sent.Type);
        Assert.Contains("999", Assert.Single(discord.Messages(discord.DmChannelIdFor(AuthorId))).Content, StringComparison.Ordinal);
        var updated = Assert.Single(discord.Messages(ModChannelId));
        Assert.Contains($"sent privately with helplines (by <@{ModeratorId}>)", updated.Content, StringComparison.Ordinal);
        Assert.Contains(FakeDiscordComponents(updated), c => c.Label == "Resend support DM");
    }

    [Fact]
    public async Task Send_support_DM_to_closed_DMs_says_so_on_the_alert()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Watch(bot, discord.Options.GuildId, CrisisDmMode.AfterModerator);
        discord.SetInteractionUser(Moderator with { ChannelId = ModChannelId });
        await SayAsync(discord, CrisisText);
        await AlertPostedAsync(discord);
        var alert = Assert.Single(discord.Messages(ModChannelId));
        discord.FailNext("POST", "/channels/*/messages", FakeFault.Error(403, 50007, "Cannot send messages to this user"));

        await discord.ClickAsync(alert, "Send support DM", ModeratorId);

        Assert.Contains("DMs are closed", Assert.Single(discord.Messages(ModChannelId)).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_ICU_as_shipped_a_phrase_typed_without_its_accents_still_raises_the_alert()
    {
        // This test host runs with invariant globalization, as the bot does: string.Normalize cannot fold here.
        Assert.True(IsInvariantGlobalization(), "the host tests must run without ICU, as the bot does");
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Watch(bot, discord.Options.GuildId);

        // The phrase list has "möchte"; people on an English keyboard type "mochte".
        await SayAsync(discord, "heute wieder alles schlimm, ich mochte einfach nur sterben");
        await AlertPostedAsync(discord);

        Assert.Single(discord.Messages(discord.DmChannelIdFor(AuthorId)));
    }

    private static bool IsInvariantGlobalization() =>
        AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant;

    [Fact]
    public async Task Unwatched_channels_servers_without_watch_and_ordinary_pain_talk_raise_nothing()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        Watch(bot, discord.Options.GuildId);
        await SayAsync(discord, CrisisText, guildId: 800_000_000_000_000_999); // a server that never turned watch on
        await SayAsync(discord, CrisisText, channelId: OtherChannelId);
        await SayAsync(discord, "this pain is killing me today", authorId: AuthorId + 2);
        await SayAsync(discord, "marker", authorId: AuthorId + 3, inGuild: false);
        await bot.WaitForMessagesHandledAsync(4);

        Assert.Empty(discord.Messages(ModChannelId));
        Assert.DoesNotContain(discord.Requests, r => r.Path == "/users/@me/channels");
    }

    [Fact]
    public async Task With_no_channels_listed_every_channel_is_watched()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Watch(bot, discord.Options.GuildId, channels: []);

        await SayAsync(discord, CrisisText, channelId: OtherChannelId);
        await AlertPostedAsync(discord);

        Assert.Contains($"<#{OtherChannelId}>", Assert.Single(discord.Messages(ModChannelId)).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_DM_to_the_bot_in_crisis_language_is_answered_with_helplines_at_once()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var dmChannel = discord.DmChannelIdFor(AuthorId);

        await SayAsync(discord, "i want to kil myself", channelId: dmChannel, inGuild: false);
        await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{dmChannel}/messages");

        var answer = Assert.Single(discord.Messages(dmChannel));
        Assert.Contains("You deserve support right now", answer.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("kil myself", bot.Logs.AllText(), StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<Component> FakeDiscordComponents(Message message) =>
        message.Components.SelectMany(row => row.Components ?? []).Concat(message.Components);
}
