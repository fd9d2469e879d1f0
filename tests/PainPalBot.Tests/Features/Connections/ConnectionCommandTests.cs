using System.Globalization;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.Connections;

namespace PainPalBot.Tests.Features.Connections;

/// <summary><c>/connect profile|find|block|leave</c> and the suggestion and request buttons, end to end through FakeDiscord.</summary>
public sealed class ConnectionCommandTests
{
    private const ulong Alder = 710_000_000_000_000_001;
    private const string AlderName = "AlderFernsby";
    private const ulong Birch = 720_000_000_000_000_002;
    private const string BirchName = "BirchHollowell";

    [Fact]
    public async Task Names_are_shown_only_once_both_people_said_yes()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        await ProfilesAsync(discord);

        var found = await discord.SlashAsync("connect find", Alder);
        Assert.True(found.IsEphemeral);
        Assert.Contains("someone with fibromyalgia, one hour ahead, also looking for a pacing partner", found.Content, StringComparison.OrdinalIgnoreCase);
        AssertNotNamed(found.Content, Birch, BirchName);

        var asked = await discord.ClickAsync(found.Original!, "Ask #1 to connect", Alder);
        Assert.Contains("on its way, without your name", await asked.WaitForContentAsync(), StringComparison.Ordinal);
        AssertNotNamed(await asked.WaitForContentAsync(), Birch, BirchName);

        var request = Assert.Single(discord.Messages(discord.DmChannelIdFor(Birch)));
        Assert.Contains("would like to connect with you", request.Content, StringComparison.Ordinal);
        AssertNotNamed(request.Content, Alder, AlderName);
        // Before Birch says yes, nothing the bot sent to either of them names the other.
        foreach (var body in discord.Requests.Where(r => r.Route != "POST /users/@me/channels").Select(r => r.Body))
        {
            AssertNotNamed(body, Alder, AlderName);
            AssertNotNamed(body, Birch, BirchName);
        }

        discord.SetInteractionUser(new FakeInteractionUser(Birch) { Username = BirchName, InDm = true });
        var accepted = await discord.ClickAsync(request, "Yes, connect", Birch);

        var answer = await accepted.WaitForMessageAsync();
        Assert.Contains($"You're connected with <@{Alder}>", answer.Content, StringComparison.Ordinal);
        Assert.Empty(answer.Components);
        var news = await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{discord.DmChannelIdFor(Alder)}/messages");
        Assert.Contains($"<@{Birch}> said yes", Assert.Single(discord.Messages(discord.DmChannelIdFor(Alder))).Content, StringComparison.Ordinal);
        Assert.Equal(0, news.JsonBody().GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task A_declined_request_tells_the_asker_nothing_and_is_never_repeated()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        await ProfilesAsync(discord);
        var (found, request) = await AlderAsksBirchAsync(discord);

        var declined = await discord.ClickAsync(request, "No, thank you", Birch);

        Assert.Contains("They won't learn who you are", await declined.WaitForContentAsync(), StringComparison.Ordinal);
        Assert.Empty(discord.Messages(discord.DmChannelIdFor(Alder)));
        var again = await discord.SlashAsync("connect find", Alder);
        Assert.Contains("Nobody else here matches yet", again.Content, StringComparison.Ordinal);
        Assert.Empty(again.Components);

        // The old "Ask" button can't send it again either.
        var repeat = await discord.ClickAsync(found.Original!, "Ask #1 to connect", Alder);
        Assert.Contains("Nothing was sent", await repeat.WaitForContentAsync(), StringComparison.Ordinal);
        Assert.Single(discord.Messages(discord.DmChannelIdFor(Birch)));
    }

    [Fact]
    public async Task Blocking_by_command_or_button_keeps_two_people_apart_both_ways()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        await ProfilesAsync(discord);

        var blocked = await discord.SlashAsync("connect block", Alder, ("member", new User { Id = Birch, Username = BirchName }));
        Assert.True(blocked.IsEphemeral);
        Assert.Contains("Blocked", blocked.Content, StringComparison.Ordinal);
        Assert.Contains("Nobody else here matches yet", (await discord.SlashAsync("connect find", Alder)).Content, StringComparison.Ordinal);
        Assert.Contains("Nobody else here matches yet", (await discord.SlashAsync("connect find", Birch)).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Block_in_a_request_dm_retires_its_buttons_and_tells_the_asker_nothing()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        await ProfilesAsync(discord);
        var (_, request) = await AlderAsksBirchAsync(discord);

        var blocked = await discord.ClickAsync(request, "Block", Birch);

        var answer = await blocked.WaitForMessageAsync();
        Assert.Contains("Blocked", answer.Content, StringComparison.Ordinal);
        Assert.Empty(answer.Components);
        Assert.Empty(Assert.Single(discord.Messages(discord.DmChannelIdFor(Birch))).Components);
        Assert.Empty(discord.Messages(discord.DmChannelIdFor(Alder)));
        Assert.Contains("Nobody else here matches yet", (await discord.SlashAsync("connect find", Alder)).Content, StringComparison.Ordinal);

        // A stale copy of the request can no longer connect them.
        var late = await discord.ClickAsync(request, "Yes, connect", Birch);
        Assert.Contains("Nothing was changed", await late.WaitForContentAsync(), StringComparison.Ordinal);
        Assert.Empty(discord.Messages(discord.DmChannelIdFor(Alder)));
    }

    [Fact]
    public async Task Never_suggest_under_a_suggestion_blocks_without_telling_them()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        await ProfilesAsync(discord);
        var found = await discord.SlashAsync("connect find", Birch);

        var blocked = await discord.ClickAsync(found.Original!, "Never suggest #1", Birch);

        Assert.Contains("Blocked", await blocked.WaitForContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Nobody else here matches yet", (await discord.SlashAsync("connect find", Alder)).Content, StringComparison.Ordinal);
        Assert.Empty(discord.Messages(discord.DmChannelIdFor(Alder)));
    }

    [Fact]
    public async Task Leaving_deletes_the_profile()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        await ProfilesAsync(discord);

        var left = await discord.SlashAsync("connect leave", Alder);

        Assert.Contains("profile here is deleted", left.Content, StringComparison.Ordinal);
        Assert.Contains("Make a connection profile first", (await discord.SlashAsync("connect find", Alder)).Content, StringComparison.Ordinal);
        Assert.Contains("Nobody else here matches yet", (await discord.SlashAsync("connect find", Birch)).Content, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", (await discord.SlashAsync("connect leave", Alder)).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_time_zone_saves_nothing_and_the_profile_is_shown_back_when_saved()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var bad = await discord.SlashAsync("connect profile", Alder, ("time_zone", "Mars/Olympus"), ("languages", "English"), ("looking_for", "talk"));
        Assert.True(bad.IsEphemeral);
        Assert.Contains("Unknown time zone", bad.Content, StringComparison.Ordinal);
        Assert.Contains("Make a connection profile first", (await discord.SlashAsync("connect find", Alder)).Content, StringComparison.Ordinal);

        var saved = await discord.SlashAsync("connect profile", Alder, ("time_zone", "Europe/London"), ("languages", "english, Welsh"),
            ("looking_for", "talk,accountability,pacing"), ("condition", ConditionOption.Crps), ("second_condition", ConditionOption.BackPain));
        Assert.Contains("Conditions: CRPS and back pain", saved.Content, StringComparison.Ordinal);
        Assert.Contains("Languages: English and Welsh", saved.Content, StringComparison.Ordinal);
        Assert.Contains("Looking for: someone to talk to, an accountability buddy and a pacing partner", saved.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_commands_need_a_server_and_offer_every_condition()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var connect = Assert.Single(discord.GlobalCommands, c => c.Name == "connect");
        Assert.Equal([0], connect.Contexts ?? []);
        var profile = Assert.Single(connect.Options!, o => o.Name == "profile");
        var offered = profile.Options!.Single(o => o.Name == "condition").Choices!.Select(c => c.Value.GetString()!);
        Assert.Equal(Enum.GetNames<ConditionOption>(), offered);
        foreach (var option in Enum.GetValues<ConditionOption>())
            Assert.True(Enum.TryParse<PainConditions>(option.ToString(), out _), $"{option} has no PainConditions flag");

        discord.SetInteractionUser(new FakeInteractionUser(Alder) { InDm = true });
        var inDm = await discord.SlashAsync("connect find", Alder);
        Assert.Contains("only works in a server", inDm.Content, StringComparison.Ordinal);
    }

    // Alder in London and Birch in Berlin: both live with fibromyalgia, speak English and want a pacing partner.
    private static async Task ProfilesAsync(FakeDiscord.FakeDiscord discord)
    {
        discord.SetInteractionUser(new FakeInteractionUser(Alder) { Username = AlderName });
        discord.SetInteractionUser(new FakeInteractionUser(Birch) { Username = BirchName });
        var alder = await discord.SlashAsync("connect profile", Alder, ("time_zone", "Europe/London"), ("languages", "English"),
            ("looking_for", "pacing"), ("condition", ConditionOption.Fibromyalgia));
        Assert.Contains("opted in", alder.Content, StringComparison.Ordinal);
        var birch = await discord.SlashAsync("connect profile", Birch, ("time_zone", "Europe/Berlin"), ("languages", "English, German"),
            ("looking_for", "accountability,pacing"), ("condition", ConditionOption.Fibromyalgia), ("second_condition", ConditionOption.Migraine));
        Assert.Contains("opted in", birch.Content, StringComparison.Ordinal);
    }

    /// <summary>Alder finds Birch and asks to connect; returns the search reply and the request DM Birch got, with Birch now answering from DMs.</summary>
    private static async Task<(InteractionReply Found, Message Request)> AlderAsksBirchAsync(FakeDiscord.FakeDiscord discord)
    {
        var found = await discord.SlashAsync("connect find", Alder);
        await discord.ClickAsync(found.Original!, "Ask #1 to connect", Alder);
        var request = Assert.Single(discord.Messages(discord.DmChannelIdFor(Birch)));
        discord.SetInteractionUser(new FakeInteractionUser(Birch) { InDm = true });
        return (found, request);
    }

    private static void AssertNotNamed(string? text, ulong userId, string name)
    {
        Assert.DoesNotContain(userId.ToString(CultureInfo.InvariantCulture), text ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(name, text ?? "", StringComparison.OrdinalIgnoreCase);
    }
}
