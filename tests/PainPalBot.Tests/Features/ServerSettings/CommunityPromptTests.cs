using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Tests.Features.ServerSettings;

/// <summary><c>/config prompt</c> and the job that posts prompts: in the server's zone, exactly once per occurrence.</summary>
public sealed class CommunityPromptTests
{
    private const ulong ModeratorId = 7101;
    private const ulong PromptChannelId = 711_000_000_000_000_001;

    private static FakeInteractionUser Moderator => new(ModeratorId) { Permissions = FakeInteractionUser.DefaultPermissions | GuildPermission.ManageGuild };

    [Fact]
    public async Task A_prompt_posts_once_per_occurrence_at_the_server_s_local_time()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        // 09:00 UTC on 25 Nov 2026 is 10:00 in Berlin.
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;
        var channel = new Channel { Id = PromptChannelId, Type = 0, GuildId = guildId, Name = "community" };
        await discord.SlashAsync("config set", Moderator, ("time_zone", "Europe/Berlin"), ("community_prompts", true));

        var added = await discord.SlashAsync("config prompt add", Moderator, ("channel", channel), ("text", "How is everyone's pain today? @everyone"), ("time", "10:30"), ("days", "every day"));
        Assert.True(added.IsEphemeral);
        Assert.StartsWith("Scheduled:", added.Content, StringComparison.Ordinal);
        Assert.Contains("10:30", added.Content, StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", added.Content, StringComparison.Ordinal);

        var prompts = bot.Services.GetRequiredService<CommunityPromptService>();
        await prompts.RunDueAsync();
        Assert.Empty(discord.Messages(PromptChannelId));

        bot.Time.Advance(TimeSpan.FromMinutes(31)); // 10:31 Berlin
        await prompts.RunDueAsync();
        await prompts.RunDueAsync();
        var posted = Assert.Single(discord.Messages(PromptChannelId));
        Assert.Equal("How is everyone's pain today? @everyone", posted.Content);
        var post = discord.Requests.Single(r => r.Method == "POST" && r.Path == $"/channels/{PromptChannelId}/messages");
        Assert.Contains("\"parse\":[]", post.Body, StringComparison.Ordinal);
        Assert.Contains("\"enforce_nonce\":true", post.Body, StringComparison.Ordinal);

        bot.Time.Advance(TimeSpan.FromHours(6));
        await prompts.RunDueAsync();
        Assert.Single(discord.Messages(PromptChannelId));

        bot.Time.Advance(TimeSpan.FromHours(18)); // next day, 10:31 Berlin
        await prompts.RunDueAsync();
        await prompts.RunDueAsync();
        Assert.Equal(2, discord.Messages(PromptChannelId).Count);
    }

    [Fact]
    public async Task The_quartz_job_runs_the_same_claim_so_a_job_and_a_direct_run_post_once()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;
        await discord.SlashAsync("config set", Moderator, ("community_prompts", true));
        await discord.SlashAsync("config prompt add", Moderator, ("channel", new Channel { Id = PromptChannelId, Type = 0, GuildId = guildId }), ("text", "Weekly wins thread!"), ("time", "09:15"));
        bot.Time.Advance(TimeSpan.FromMinutes(20));

        var job = ActivatorUtilities.CreateInstance<CommunityPromptJob>(bot.Services);
        var prompts = bot.Services.GetRequiredService<CommunityPromptService>();
        await Task.WhenAll(job.Execute(null!).AsTask(), prompts.RunDueAsync());

        Assert.Single(discord.Messages(PromptChannelId));
    }

    [Fact]
    public async Task Prompts_do_not_post_while_community_prompts_are_off()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;

        var added = await discord.SlashAsync("config prompt add", Moderator, ("channel", new Channel { Id = PromptChannelId, Type = 0, GuildId = guildId }), ("text", "Hello all"), ("time", "09:15"));
        Assert.Contains("Community prompts are off", added.Content, StringComparison.Ordinal);
        bot.Time.Advance(TimeSpan.FromMinutes(20));
        await bot.Services.GetRequiredService<CommunityPromptService>().RunDueAsync();

        Assert.Empty(discord.Messages(PromptChannelId));
    }

    [Fact]
    public async Task Bad_time_days_or_channel_are_refused_and_nothing_is_saved()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;
        var channel = new Channel { Id = PromptChannelId, Type = 0, GuildId = guildId };

        var time = await discord.SlashAsync("config prompt add", Moderator, ("channel", channel), ("text", "Hi"), ("time", "25:00"));
        var days = await discord.SlashAsync("config prompt add", Moderator, ("channel", channel), ("text", "Hi"), ("time", "09:00"), ("days", "someday"));
        var voice = await discord.SlashAsync("config prompt add", Moderator, ("channel", channel with { Type = 2 }), ("text", "Hi"), ("time", "09:00"));
        var tooLong = await discord.SlashAsync("config prompt add", Moderator, ("channel", channel), ("text", new string('a', 501)), ("time", "09:00"));

        foreach (var reply in new[] { time, days, voice, tooLong })
        {
            Assert.True(reply.IsEphemeral);
            Assert.EndsWith("Nothing was saved.", reply.Content, StringComparison.Ordinal);
        }
        Assert.Empty(bot.Services.GetRequiredService<CommunityPromptService>().List(guildId));
    }

    [Fact]
    public async Task Prompts_are_listed_and_removed_by_picking_one_from_autocomplete()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;
        await discord.SlashAsync("config prompt add", Moderator, ("channel", new Channel { Id = PromptChannelId, Type = 0, GuildId = guildId }), ("text", "Weekly wins"), ("time", "18:00"), ("days", "fri"));

        var list = await discord.SlashAsync("config prompt list", Moderator);
        Assert.Contains("Weekly wins", list.Content, StringComparison.Ordinal);
        Assert.Contains("on Fridays", list.Content, StringComparison.Ordinal);

        var suggestions = await discord.AutocompleteAsync("config prompt remove", "prompt", "wins", ModeratorId);
        var choice = Assert.Single(suggestions.Choices);
        var removed = await discord.SlashAsync("config prompt remove", Moderator, ("prompt", choice.Value.GetString()));

        Assert.StartsWith("Removed the prompt", removed.Content, StringComparison.Ordinal);
        Assert.Empty(bot.Services.GetRequiredService<CommunityPromptService>().List(guildId));
        var again = await discord.SlashAsync("config prompt remove", Moderator, ("prompt", choice.Value.GetString()));
        Assert.EndsWith("Nothing was changed.", again.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_cannot_schedule_a_prompt()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var reply = await discord.SlashAsync("config prompt add", 7199, ("channel", new Channel { Id = PromptChannelId, Type = 0, GuildId = discord.Options.GuildId }), ("text", "spam"), ("time", "09:00"));

        Assert.Equal(RequireModeratorAttribute.Refusal, reply.Content);
        Assert.Empty(bot.Services.GetRequiredService<CommunityPromptService>().List(discord.Options.GuildId));
    }

    [Fact]
    public async Task The_autumn_clock_change_does_not_post_a_prompt_twice()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        // London falls back from 02:00 BST to 01:00 GMT on 25 Oct 2026, so 01:30 happens twice.
        await using var bot = await TestBot.StartAsync(discord, now: new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero));
        var guildId = discord.Options.GuildId;
        await discord.SlashAsync("config set", Moderator, ("time_zone", "Europe/London"), ("community_prompts", true));
        await discord.SlashAsync("config prompt add", Moderator, ("channel", new Channel { Id = PromptChannelId, Type = 0, GuildId = guildId }), ("text", "Night owls, how are you?"), ("time", "01:30"));
        var prompts = bot.Services.GetRequiredService<CommunityPromptService>();

        bot.Time.Advance(new DateTimeOffset(2026, 10, 25, 0, 31, 0, TimeSpan.Zero) - bot.Time.GetUtcNow()); // 01:31 BST
        await prompts.RunDueAsync();
        Assert.Single(discord.Messages(PromptChannelId));

        bot.Time.Advance(TimeSpan.FromHours(1)); // 01:31 GMT, the same wall-clock time again
        await prompts.RunDueAsync();
        Assert.Single(discord.Messages(PromptChannelId));

        bot.Time.Advance(TimeSpan.FromDays(1));
        await prompts.RunDueAsync();
        Assert.Equal(2, discord.Messages(PromptChannelId).Count);
    }
}
