using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.ServerSettings;
using PainPalBot.Modules.Stories;

namespace PainPalBot.Tests.Features.Stories;

/// <summary><c>/share story</c>, <c>/share withdraw</c>, Approve / Reject and "Reply in a thread", end to end through FakeDiscord.</summary>
public sealed class StoryCommandTests
{
    private const ulong StoriesChannel = 700_000_000_000_000_100;
    private const ulong ModeratorChannel = 700_000_000_000_000_200;
    private const ulong AuthorId = 610_000_000_000_000_042;
    private const string AuthorName = "MarigoldQuill";
    private const ulong ModeratorId = 620_000_000_000_000_007;
    private const ulong MemberId = 630_000_000_000_000_009;
    private const string StoryText = "Three years of being told it was all in my head. Pacing gave me my mornings back.";

    [Fact]
    public async Task A_story_waits_for_review_is_approved_and_nobody_ever_sees_its_author()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord, approval: true);

        var form = await discord.SlashAsync("share story", AuthorId);
        Assert.Equal(InteractionResponseType.Modal, form.Type);
        Assert.Equal("share:modal", form.ModalCustomId);
        var inputs = form.Data!.Components!.Select(label => label.Child!).ToList();
        Assert.Equal(["story", "content_warning", "topic"], inputs.Select(i => i.CustomId));
        Assert.Equal(StoryService.MaxTextLength, inputs[0].MaxLength);
        Assert.True(inputs[0].Required ?? true);
        Assert.False(inputs[1].Required);

        var shared = await SubmitAsync(discord, StoryText, topic: "diagnosis");
        Assert.True(shared.IsEphemeral);
        Assert.Contains("waiting for a moderator", await shared.WaitForContentAsync(), StringComparison.Ordinal);
        Assert.Empty(discord.Messages(StoriesChannel));

        var review = Assert.Single(discord.Messages(ModeratorChannel));
        Assert.Contains(StoryText, review.Embeds[0].Description, StringComparison.Ordinal);

        // A member who is not a moderator cannot decide.
        var refused = await discord.ClickAsync(review, "Approve", MemberId);
        Assert.Contains("Only moderators", await refused.WaitForContentAsync(), StringComparison.Ordinal);
        Assert.Empty(discord.Messages(StoriesChannel));

        discord.SetInteractionUser(new FakeInteractionUser(ModeratorId) { Permissions = FakeInteractionUser.DefaultPermissions | GuildPermission.ManageGuild });
        var approved = await discord.ClickAsync(review, "Approve", ModeratorId);
        var decided = Assert.Single(discord.Messages(ModeratorChannel));
        Assert.StartsWith("✅ Approved", decided.Content, StringComparison.Ordinal);
        Assert.Empty(decided.Embeds);
        Assert.Empty(decided.Components);
        await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/webhooks/{discord.ApplicationId}/{approved.Interaction.Token}");
        Assert.Contains("Approved and posted", Assert.Single(approved.Followups).Content, StringComparison.Ordinal);

        var post = Assert.Single(discord.Messages(StoriesChannel));
        Assert.Contains(StoryText, post.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Contains(await DmsToAsync(discord, AuthorId), m => m.Content.Contains("was approved", StringComparison.Ordinal));

        var reply = await discord.ClickAsync(post, "Reply in a thread", MemberId);
        Assert.Contains("Replies to this story go in <#", await reply.WaitForContentAsync(), StringComparison.Ordinal);

        foreach (var sent in discord.Requests.Where(r => r.Method == "POST" && (r.Path == $"/channels/{StoriesChannel}/messages" || r.Path == $"/channels/{ModeratorChannel}/messages")))
            Assert.Equal(0, sent.JsonBody().GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        AssertAuthorNowhere(discord, bot);
    }

    [Fact]
    public async Task An_author_whose_dms_are_closed_still_gets_a_decision_and_stays_unnamed()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord, approval: true);
        await SubmitAsync(discord, StoryText);
        discord.FailNext("POST", $"/channels/{discord.DmChannelIdFor(AuthorId)}/messages", FakeFault.Error(403, 50007, "Cannot send messages to this user"));

        discord.SetInteractionUser(new FakeInteractionUser(ModeratorId) { Permissions = FakeInteractionUser.DefaultPermissions | GuildPermission.ManageGuild });
        var approved = await discord.ClickAsync(Assert.Single(discord.Messages(ModeratorChannel)), "Approve", ModeratorId);

        await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/webhooks/{discord.ApplicationId}/{approved.Interaction.Token}");
        Assert.Contains("could not be reached by DM", Assert.Single(approved.Followups).Content, StringComparison.Ordinal);
        Assert.Single(discord.Messages(StoriesChannel));
        AssertAuthorNowhere(discord, bot);
    }

    [Fact]
    public async Task A_story_over_the_limit_is_refused_and_nothing_is_kept()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord, approval: false);

        var refused = await SubmitAsync(discord, new string('a', StoryService.MaxTextLength + 1));

        Assert.True(refused.IsEphemeral);
        Assert.Contains("Nothing was saved", await refused.WaitForContentAsync(), StringComparison.Ordinal);
        Assert.Empty(discord.Messages(StoriesChannel));
        Assert.Empty(bot.Services.GetRequiredService<StoryStore>().ByAuthor(AuthorId));
    }

    [Fact]
    public async Task A_rejected_story_is_deleted_and_its_author_is_told_by_dm()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord, approval: true);
        await SubmitAsync(discord, StoryText);
        var review = Assert.Single(discord.Messages(ModeratorChannel));

        discord.SetInteractionUser(new FakeInteractionUser(ModeratorId) { Permissions = FakeInteractionUser.DefaultPermissions | GuildPermission.Administrator });
        var rejected = await discord.ClickAsync(review, "Reject", ModeratorId);

        Assert.StartsWith("❌ Rejected", Assert.Single(discord.Messages(ModeratorChannel)).Content, StringComparison.Ordinal);
        Assert.Empty(discord.Messages(StoriesChannel));
        Assert.Empty(bot.Services.GetRequiredService<StoryStore>().ByAuthor(AuthorId));
        Assert.Contains(await DmsToAsync(discord, AuthorId), m => m.Content.Contains("decided not to post", StringComparison.Ordinal));
        AssertAuthorNowhere(discord, bot);
    }

    [Fact]
    public async Task A_moderator_role_may_decide_too()
    {
        const ulong moderatorRole = 555_000_000_000_000_001;
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord, approval: true);
        bot.Services.GetRequiredService<ServerSettingsService>().Update(discord.Options.GuildId, ModeratorId, new SettingsUpdate { ModeratorRoleId = moderatorRole });
        await SubmitAsync(discord, StoryText);

        discord.SetInteractionUser(new FakeInteractionUser(ModeratorId) { Roles = [moderatorRole] });
        await discord.ClickAsync(Assert.Single(discord.Messages(ModeratorChannel)), "Approve", ModeratorId);

        Assert.StartsWith("✅ Approved", Assert.Single(discord.Messages(ModeratorChannel)).Content, StringComparison.Ordinal);
        Assert.Single(discord.Messages(StoriesChannel));
    }

    [Fact]
    public async Task With_approval_off_a_story_is_posted_at_once_and_its_author_can_withdraw_the_post()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord, approval: false);

        var shared = await SubmitAsync(discord, StoryText, warning: "medical trauma");
        Assert.Contains("is posted in <#", await shared.WaitForContentAsync(), StringComparison.Ordinal);
        Assert.Empty(discord.Messages(ModeratorChannel));
        var post = Assert.Single(discord.Messages(StoriesChannel));
        Assert.Contains("Content warning", post.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Contains("||", post.Embeds[0].Description, StringComparison.Ordinal);

        var list = await discord.SlashAsync("share withdraw", AuthorId);
        Assert.True(list.IsEphemeral);
        var storyId = Assert.Single(bot.Services.GetRequiredService<StoryStore>().ByAuthor(AuthorId)).Id.ToString();
        Assert.Contains(storyId, list.Components[0].Components![0].Options!.Select(o => o.Value));

        var withdrawn = await discord.SelectAsync("share:withdraw", [storyId], AuthorId, list.Original);
        var answer = await withdrawn.WaitForMessageAsync();
        Assert.Contains("withdrawn", answer.Content, StringComparison.Ordinal);
        Assert.Empty(answer.Components);
        Assert.Empty(discord.Messages(StoriesChannel));
        Assert.Empty(bot.Services.GetRequiredService<StoryStore>().ByAuthor(AuthorId));
        AssertAuthorNowhere(discord, bot);
    }

    [Fact]
    public async Task A_pending_story_can_be_withdrawn_and_its_review_message_goes_with_it()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord, approval: true);
        await SubmitAsync(discord, StoryText);
        var review = Assert.Single(discord.Messages(ModeratorChannel));

        // The author withdraws from their DMs, where the bot writes to them.
        discord.SetInteractionUser(new FakeInteractionUser(AuthorId) { Username = AuthorName, InDm = true });
        var list = await discord.SlashAsync("share withdraw", AuthorId);
        Assert.Contains("waiting for a moderator", list.Content, StringComparison.Ordinal);
        var storyId = list.Components[0].Components![0].Options![0].Value;
        var withdrawn = await discord.SelectAsync("share:withdraw", [storyId], AuthorId, list.Original);

        Assert.Contains("withdrawn and deleted", await withdrawn.WaitForContentAsync(), StringComparison.Ordinal);
        Assert.Empty(discord.Messages(ModeratorChannel));

        // A moderator pressing Approve on a stale copy of the review message learns it is gone.
        discord.SetInteractionUser(new FakeInteractionUser(ModeratorId) { Permissions = FakeInteractionUser.DefaultPermissions | GuildPermission.ManageGuild });
        var late = await discord.ClickAsync(review, "Approve", ModeratorId);
        Assert.Equal("This story was withdrawn before a decision.", await late.WaitForContentAsync());
        Assert.Empty(discord.Messages(StoriesChannel));

        var nothing = await discord.SlashAsync("share withdraw", AuthorId);
        Assert.Contains("no stories you can withdraw", nothing.Content, StringComparison.Ordinal);
        Assert.Empty(nothing.Components);
        AssertAuthorNowhere(discord, bot);
    }

    [Fact]
    public async Task Crisis_language_reaches_the_author_privately_and_alerts_moderators_without_a_name()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord, approval: false);

        var shared = await SubmitAsync(discord, "The pain never stops. Most nights I just want to die.");

        Assert.True(shared.IsEphemeral);
        var answer = await shared.WaitForContentAsync();
        Assert.Contains("What you wrote sounds really hard.", answer, StringComparison.Ordinal);
        Assert.Contains("waiting for a moderator", answer, StringComparison.Ordinal);
        Assert.Empty(discord.Messages(StoriesChannel));
        var alert = Assert.Single(discord.Messages(ModeratorChannel));
        Assert.Contains("crisis language", alert.Content, StringComparison.Ordinal);
        AssertAuthorNowhere(discord, bot);
    }

    [Fact]
    public async Task Sharing_needs_a_server_and_a_stories_channel()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var noChannel = await SubmitAsync(discord, StoryText);
        Assert.Contains("no stories channel yet, so nothing was saved", await noChannel.WaitForContentAsync(), StringComparison.Ordinal);

        discord.SetInteractionUser(new FakeInteractionUser(AuthorId) { InDm = true });
        var inDm = await discord.SlashAsync("share story", AuthorId);
        Assert.True(inDm.IsEphemeral);
        Assert.Contains("only works in a server", inDm.Content, StringComparison.Ordinal);
        Assert.Empty(bot.Services.GetRequiredService<StoryStore>().ByAuthor(AuthorId));
    }

    private static void Configure(TestBot bot, FakeDiscord.FakeDiscord discord, bool approval)
    {
        var result = bot.Services.GetRequiredService<ServerSettingsService>().Update(discord.Options.GuildId, ModeratorId, new SettingsUpdate
        {
            StoriesChannelId = StoriesChannel,
            ModeratorChannelId = ModeratorChannel,
            StoryApprovalRequired = approval,
        });
        Assert.True(result.Saved, result.Message);
        discord.SetInteractionUser(new FakeInteractionUser(AuthorId) { Username = AuthorName });
    }

    private static Task<InteractionReply> SubmitAsync(FakeDiscord.FakeDiscord discord, string text, string warning = "", string topic = "") =>
        discord.SubmitModalAsync("share:modal", new Dictionary<string, string>
        {
            ["story"] = text,
            ["content_warning"] = warning,
            ["topic"] = topic,
        }, AuthorId);

    private static async Task<IReadOnlyList<Message>> DmsToAsync(FakeDiscord.FakeDiscord discord, ulong userId)
    {
        var channel = discord.DmChannelIdFor(userId);
        await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{channel}/messages");
        return discord.Messages(channel);
    }

    // Opening the author's DM channel names them to Discord, which is how a DM is sent at all; nothing else may.
    private static void AssertAuthorNowhere(FakeDiscord.FakeDiscord discord, TestBot bot)
    {
        var id = AuthorId.ToString(CultureInfo.InvariantCulture);
        foreach (var request in discord.Requests.Where(r => r.Route != "POST /users/@me/channels"))
        {
            Assert.DoesNotContain(id, request.Path + request.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(AuthorName, request.Body, StringComparison.OrdinalIgnoreCase);
        }
        foreach (var message in discord.Messages(StoriesChannel).Concat(discord.Messages(ModeratorChannel)))
            Assert.DoesNotContain(id, message.Content + string.Join(' ', message.Embeds.Select(e => e.Title + e.Description + e.Footer?.Text)), StringComparison.Ordinal);
        var logs = bot.Logs.AllText();
        Assert.DoesNotContain(id, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthorName, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(StoryText, logs, StringComparison.Ordinal);
    }
}
