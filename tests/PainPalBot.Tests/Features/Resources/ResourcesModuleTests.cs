using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.Resources;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Tests.Features.Resources;

/// <summary><c>/resources</c> end to end: search, paging, sharing, and moderators' own entries through the form.</summary>
public sealed class ResourcesModuleTests
{
    private const ulong ModeratorId = 7401;
    private const ulong MemberId = 7402;

    private static FakeInteractionUser Moderator => new(ModeratorId) { Permissions = FakeInteractionUser.DefaultPermissions | GuildPermission.ManageGuild };

    private static Dictionary<string, string> Form(string title, string url, string summary, string tags = "pacing") =>
        new() { ["title"] = title, ["url"] = url, ["summary"] = summary, ["tags"] = tags };

    [Fact]
    public async Task Search_is_private_paged_with_buttons_and_shared_publicly_without_pings()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var first = await discord.SlashAsync("resources find", MemberId);

        Assert.True(first.IsEphemeral);
        var embed = Assert.Single(first.Embeds);
        Assert.Contains("Page 1 of", embed.Footer!.Text, StringComparison.Ordinal);
        Assert.All(first.CustomIds, id => Assert.True(id.Length <= 100));
        var firstPage = await first.WaitForMessageAsync();

        var next = await discord.ClickAsync(firstPage, "Next", MemberId);
        Assert.Equal(InteractionResponseType.UpdateMessage, next.Type);
        Assert.Contains("Page 2 of", Assert.Single(next.Embeds).Footer!.Text, StringComparison.Ordinal);
        Assert.NotEqual(embed.Description, next.Embeds[0].Description);

        var secondPage = await next.WaitForMessageAsync();
        var back = await discord.ClickAsync(secondPage, "Prev", MemberId);
        Assert.Equal(embed.Description, Assert.Single(back.Embeds).Description);

        var shared = await discord.ClickAsync(secondPage, "Share here", MemberId);
        Assert.False(shared.IsEphemeral);
        Assert.Equal(InteractionResponseType.ChannelMessageWithSource, shared.Type);
        Assert.Equal(next.Embeds[0].Description, Assert.Single(shared.Embeds).Description);
        Assert.NotNull(shared.Data!.AllowedMentions);
        Assert.Empty(shared.Data.AllowedMentions!.Parse!);
    }

    [Fact]
    public async Task A_query_ranks_the_best_match_first_and_a_topic_filters()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var reply = await discord.SlashAsync("resources find", MemberId, ("query", "sleep"));
        var topic = await discord.SlashAsync("resources find", MemberId, ("topic", "migraine"));
        var nothing = await discord.SlashAsync("resources find", MemberId, ("query", "zzzqqq"));

        Assert.Contains("sleep", Assert.Single(reply.Embeds).Description!.Split('\n')[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Migraine", topic.Content, StringComparison.Ordinal);
        Assert.StartsWith("Nothing matched", nothing.Content, StringComparison.Ordinal);
        Assert.Empty(nothing.CustomIds);
    }

    [Fact]
    public async Task The_query_option_autocompletes_titles_and_tags()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var reply = await discord.AutocompleteAsync("resources find", "query", "fibro", MemberId);

        Assert.Equal(InteractionResponseType.ApplicationCommandAutocompleteResult, reply.Type);
        Assert.NotEmpty(reply.Choices);
        Assert.True(reply.Choices.Count <= 25);
    }

    [Fact]
    public async Task A_moderator_adds_edits_and_removes_a_server_entry_through_the_form()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        discord.SetInteractionUser(Moderator);
        var guildId = discord.Options.GuildId;
        var service = bot.Services.GetRequiredService<ResourceService>();

        var modal = await discord.SlashAsync("resources add", ModeratorId);
        Assert.Equal(ResourcesModule.AddModalId, modal.ModalCustomId);

        var added = await discord.SubmitModalAsync(ResourcesModule.AddModalId, Form("Our pacing circle", "https://example.org/pacing-circle", "Weekly pacing group notes"), ModeratorId);
        Assert.True(added.IsEphemeral);
        Assert.StartsWith("Added", added.Content, StringComparison.Ordinal);
        var entry = Assert.Single(service.Export(guildId));

        var found = await discord.SlashAsync("resources find", MemberId, ("query", "pacing circle"));
        Assert.Contains("Our pacing circle", found.Embeds[0].Description, StringComparison.Ordinal);

        var suggestions = await discord.AutocompleteAsync("resources edit", "entry", "circle", ModeratorId);
        Assert.Equal(entry.Id, Assert.Single(suggestions.Choices).Value.GetString());
        var editForm = await discord.SlashAsync("resources edit", ModeratorId, ("entry", entry.Id));
        Assert.Equal(ResourcesModule.EditModalPrefix + entry.Id, editForm.ModalCustomId);
        Assert.Contains("Our pacing circle", editForm.Callback.Request.Body, StringComparison.Ordinal);

        var edited = await discord.SubmitModalAsync(editForm.ModalCustomId!, Form("Our pacing circle (Tuesdays)", "https://example.org/pacing-circle", "Weekly pacing group notes"), ModeratorId);
        Assert.StartsWith("Updated", edited.Content, StringComparison.Ordinal);
        Assert.Equal("Our pacing circle (Tuesdays)", Assert.Single(service.Export(guildId)).Title);

        var removed = await discord.SlashAsync("resources remove", ModeratorId, ("entry", entry.Id));
        Assert.StartsWith("Removed", removed.Content, StringComparison.Ordinal);
        Assert.Empty(service.Export(guildId));
    }

    [Theory]
    [InlineData("http://example.org/insecure")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a link")]
    public async Task A_link_that_is_not_https_is_refused_and_nothing_is_saved(string url)
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        discord.SetInteractionUser(Moderator);

        var reply = await discord.SubmitModalAsync(ResourcesModule.AddModalId, Form("A guide", url, "A summary"), ModeratorId);

        Assert.True(reply.IsEphemeral);
        Assert.EndsWith("Nothing was saved.", reply.Content, StringComparison.Ordinal);
        Assert.Empty(bot.Services.GetRequiredService<ResourceService>().Export(discord.Options.GuildId));
    }

    [Fact]
    public async Task An_over_long_title_is_refused_and_nothing_is_saved()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        discord.SetInteractionUser(Moderator);

        var reply = await discord.SubmitModalAsync(ResourcesModule.AddModalId, Form(new string('t', 101), "https://example.org/x", "A summary"), ModeratorId);

        Assert.EndsWith("Nothing was saved.", reply.Content, StringComparison.Ordinal);
        Assert.Empty(bot.Services.GetRequiredService<ResourceService>().Export(discord.Options.GuildId));
    }

    [Fact]
    public async Task A_forged_add_or_remove_from_a_member_changes_nothing()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;
        var service = bot.Services.GetRequiredService<ResourceService>();
        var existing = service.Add(guildId, ModeratorId, new ResourceDraft("Kept", "https://example.org/kept", "Stays", ["sleep"])).Resource!;

        var form = await discord.SlashAsync("resources add", MemberId);
        var submit = await discord.SubmitModalAsync(ResourcesModule.AddModalId, Form("Spam", "https://example.org/spam", "spam"), MemberId);
        var remove = await discord.SlashAsync("resources remove", MemberId, ("entry", existing.Id));

        Assert.Equal(RequireModeratorAttribute.Refusal, form.Content);
        Assert.Equal(RequireModeratorAttribute.Refusal, submit.Content);
        Assert.Equal(RequireModeratorAttribute.Refusal, remove.Content);
        Assert.Equal("Kept", Assert.Single(service.Export(guildId)).Title);
    }

    [Fact]
    public async Task Curated_entries_cannot_be_removed()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        discord.SetInteractionUser(Moderator);
        var curated = bot.Services.GetRequiredService<ResourceService>().Search(null).Items[0];

        var reply = await discord.SlashAsync("resources remove", ModeratorId, ("entry", curated.Id));

        Assert.Contains("curated", reply.Content, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was changed.", reply.Content, StringComparison.Ordinal);
    }
}
