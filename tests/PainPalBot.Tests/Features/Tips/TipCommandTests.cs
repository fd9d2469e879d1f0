using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.ServerSettings;
using PainPalBot.Modules.Tips;

namespace PainPalBot.Tests.Features.Tips;

/// <summary><c>/tip add</c>, <c>/tips [topic]</c>, Approve / Reject, "this helped me" and paging, end to end through FakeDiscord.</summary>
public sealed class TipCommandTests
{
    private const ulong ModeratorChannel = 700_000_000_000_000_300;
    private const ulong AuthorId = 810_000_000_000_000_001;
    private const ulong ModeratorId = 820_000_000_000_000_002;
    private const ulong VoterId = 830_000_000_000_000_003;
    private const ulong OtherVoterId = 840_000_000_000_000_004;
    private const string Tip = "A heat pad on the lower back before bed; it settles the spasms enough to fall asleep.";

    [Fact]
    public async Task A_tip_waits_for_a_moderator_then_enters_the_library()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord, approval: true);

        var form = await discord.SlashAsync("tip add", AuthorId);
        Assert.Equal(InteractionResponseType.Modal, form.Type);
        Assert.Equal("tip:modal", form.ModalCustomId);
        var shared = await SubmitAsync(discord, Tip, "Sleep, #heat");
        Assert.True(shared.IsEphemeral);
        Assert.Contains("waiting for a moderator", await shared.WaitForContentAsync(), StringComparison.Ordinal);
        Assert.Contains("library is empty", (await discord.SlashAsync("tips", VoterId)).Content, StringComparison.Ordinal);

        var review = Assert.Single(discord.Messages(ModeratorChannel));
        var refused = await discord.ClickAsync(review, "Approve", VoterId);
        Assert.Contains("Only moderators", await refused.WaitForContentAsync(), StringComparison.Ordinal);

        var approved = await discord.ClickAsync(review, "Approve", ModeratorId);
        var decided = Assert.Single(discord.Messages(ModeratorChannel));
        Assert.StartsWith("✅ Tip approved", decided.Content, StringComparison.Ordinal);
        Assert.Empty(decided.Embeds);
        Assert.Empty(decided.Components);
        await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/webhooks/{discord.ApplicationId}/{approved.Interaction.Token}");
        Assert.Contains("in the library", Assert.Single(discord.Messages(discord.DmChannelIdFor(AuthorId))).Content, StringComparison.Ordinal);

        var library = await discord.SlashAsync("tips", VoterId, ("topic", "sleep"));
        Assert.True(library.IsEphemeral);
        Assert.Contains(Tip, library.Content, StringComparison.Ordinal);
        Assert.Contains("#sleep #heat", library.Content, StringComparison.Ordinal);
        Assert.Contains(library.CustomIds, id => id.StartsWith(TipComponents.HelpedPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_tip_is_deleted()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord, approval: true);
        await SubmitAsync(discord, Tip);

        await discord.ClickAsync(Assert.Single(discord.Messages(ModeratorChannel)), "Reject", ModeratorId);

        Assert.StartsWith("❌ Tip rejected", Assert.Single(discord.Messages(ModeratorChannel)).Content, StringComparison.Ordinal);
        Assert.Contains("library is empty", (await discord.SlashAsync("tips", VoterId)).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_person_counts_once_however_often_they_press()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord, approval: false);
        Assert.Contains("in the library now", await (await SubmitAsync(discord, Tip)).WaitForContentAsync(), StringComparison.Ordinal);

        var page = await discord.SlashAsync("tips", VoterId);
        var first = await discord.ClickAsync(page.Original!, "#1 helped me (0)", VoterId);
        Assert.Contains("Your vote is counted", await first.WaitForContentAsync(), StringComparison.Ordinal);
        var second = await discord.ClickAsync(page.Original!, "#1 helped me (0)", VoterId);
        Assert.Contains("taken back", await second.WaitForContentAsync(), StringComparison.Ordinal);
        await discord.ClickAsync(page.Original!, "#1 helped me (0)", VoterId);
        await discord.ClickAsync(page.Original!, "#1 helped me (0)", OtherVoterId);

        var own = await discord.SlashAsync("tips", AuthorId);
        Assert.Contains("-# 👍 2", own.Content, StringComparison.Ordinal);
        Assert.Contains("yours", own.Content, StringComparison.Ordinal);
        var ownButton = FakeDiscordComponents(own).Single(c => c.CustomId!.StartsWith(TipComponents.HelpedPrefix, StringComparison.Ordinal));
        Assert.True(ownButton.Disabled);
        var selfVote = await discord.ClickAsync(ownButton.CustomId!, AuthorId, own.Original);
        Assert.Contains("can't vote for your own tip", await selfVote.WaitForContentAsync(), StringComparison.Ordinal);
        Assert.Equal(2, bot.Services.GetRequiredService<TipService>().Browse(discord.Options.GuildId, VoterId).Tips[0].HelpfulCount);
    }

    [Fact]
    public async Task Pages_turn_within_a_topic()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        Configure(bot, discord, approval: false);
        for (var i = 1; i <= TipService.PageSize + 1; i++)
            await (await SubmitAsync(discord, $"Sleep tip number {i}: keep the room cool.", "sleep")).WaitForContentAsync();
        await (await SubmitAsync(discord, "Pacing: stop before the pain tells you to.", "pacing")).WaitForContentAsync();

        var first = await discord.SlashAsync("tips", VoterId, ("topic", "sleep"));
        Assert.Contains("(page 1 of 2)", first.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Pacing", first.Content, StringComparison.Ordinal);

        var next = await discord.ClickAsync(first.Original!, "Next", VoterId);
        var second = await next.WaitForMessageAsync();
        Assert.Contains("(page 2 of 2)", second.Content, StringComparison.Ordinal);
        Assert.Contains("Sleep tip number", second.Content, StringComparison.Ordinal);

        var back = await discord.ClickAsync(second, "Previous", VoterId);
        Assert.Contains("(page 1 of 2)", (await back.WaitForMessageAsync()).Content, StringComparison.Ordinal);

        var all = await discord.SlashAsync("tips", VoterId);
        var allNext = await discord.ClickAsync(all.Original!, "Next", VoterId);
        Assert.Contains("Tips from members, most helpful first (page 2 of 2)", (await allNext.WaitForMessageAsync()).Content, StringComparison.Ordinal);
    }

    private static IEnumerable<Component> FakeDiscordComponents(InteractionReply reply) =>
        reply.Components.SelectMany(row => row.Components ?? []);

    private static void Configure(TestBot bot, FakeDiscord.FakeDiscord discord, bool approval)
    {
        var result = bot.Services.GetRequiredService<ServerSettingsService>().Update(discord.Options.GuildId, ModeratorId, new SettingsUpdate
        {
            ModeratorChannelId = ModeratorChannel,
            TipApprovalRequired = approval,
        });
        Assert.True(result.Saved, result.Message);
        discord.SetInteractionUser(new FakeInteractionUser(ModeratorId) { Permissions = FakeInteractionUser.DefaultPermissions | GuildPermission.ManageGuild });
    }

    private static Task<InteractionReply> SubmitAsync(FakeDiscord.FakeDiscord discord, string text, string tags = "") =>
        discord.SubmitModalAsync("tip:modal", new Dictionary<string, string> { ["tip"] = text, ["tags"] = tags }, AuthorId);
}
