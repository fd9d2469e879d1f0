using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.Resources;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Tests.Features.ServerSettings;

/// <summary>Joining (the five-line welcome), leaving, and forgetting a server 30 days later.</summary>
public sealed class GuildLifecycleTests
{
    private const ulong NewGuildId = 800_000_000_000_000_777;
    private const ulong SystemChannelId = 712_000_000_000_000_001;
    private const ulong OwnerId = 7301;

    [Fact]
    public async Task On_joining_the_welcome_goes_to_the_system_channel()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        await discord.DispatchAsync("GUILD_CREATE", new Guild { Id = NewGuildId, Name = "Spoonies", OwnerId = OwnerId, SystemChannelId = SystemChannelId });
        await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{SystemChannelId}/messages");

        var welcome = Assert.Single(discord.Messages(SystemChannelId));
        Assert.Equal(5, welcome.Content.Split('\n').Length);
        Assert.Contains("Spoonies", welcome.Content, StringComparison.Ordinal);
        Assert.Contains("/config set", welcome.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_usable_system_channel_the_owner_gets_the_welcome_by_DM()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        discord.FailNext("POST", $"/channels/{SystemChannelId}/messages", FakeFault.Error(403, 50013, "Missing Permissions"));

        await discord.DispatchAsync("GUILD_CREATE", new Guild { Id = NewGuildId, Name = "Spoonies", OwnerId = OwnerId, SystemChannelId = SystemChannelId });
        var dmChannel = discord.DmChannelIdFor(OwnerId);
        await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{dmChannel}/messages" && r.StatusCode < 300);

        Assert.Equal(5, Assert.Single(discord.Messages(dmChannel)).Content.Split('\n').Length);
    }

    [Fact]
    public async Task A_server_s_data_is_kept_30_days_after_leaving_then_removed_and_rejoining_cancels_it()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;
        var settings = bot.Services.GetRequiredService<ServerSettingsService>();
        var moderator = new FakeInteractionUser(7302) { Permissions = FakeInteractionUser.DefaultPermissions | GuildPermission.ManageGuild };
        await discord.SlashAsync("config set", moderator, ("country", "GB"));
        await discord.SlashAsync("config prompt add", moderator, ("channel", new Channel { Id = 712_000_000_000_000_002, Type = 0, GuildId = guildId }), ("text", "Hello"), ("time", "09:30"));
        bot.Services.GetRequiredService<ResourceService>().Add(guildId, 7302, new ResourceDraft("Ours", "https://example.org/ours", "Our guide", ["pacing"]));

        await discord.DispatchAsync("GUILD_DELETE", new Guild { Id = guildId });
        await EventuallyAsync(() => settings.Get(guildId).LeftAt is not null);

        bot.Time.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, settings.PurgeExpired());
        Assert.Equal("GB", settings.Get(guildId).Country);

        bot.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, settings.PurgeExpired());
        Assert.Null(settings.Get(guildId).Country);
        Assert.Empty(bot.Services.GetRequiredService<CommunityPromptService>().List(guildId));
        Assert.Empty(bot.Services.GetRequiredService<ResourceService>().Export(guildId));
    }

    [Fact]
    public async Task Rejoining_within_30_days_keeps_the_settings()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var settings = bot.Services.GetRequiredService<ServerSettingsService>();
        settings.Update(NewGuildId, 7303, new SettingsUpdate { Country = "IE" });

        await discord.DispatchAsync("GUILD_CREATE", new Guild { Id = NewGuildId, Name = "Back again", OwnerId = OwnerId });
        await discord.DispatchAsync("GUILD_DELETE", new Guild { Id = NewGuildId });
        await EventuallyAsync(() => settings.Get(NewGuildId).LeftAt is not null);
        await discord.DispatchAsync("GUILD_CREATE", new Guild { Id = NewGuildId, Name = "Back again", OwnerId = OwnerId });
        await EventuallyAsync(() => settings.Get(NewGuildId).LeftAt is null);

        bot.Time.Advance(TimeSpan.FromDays(40));
        settings.PurgeExpired();
        Assert.Equal("IE", settings.Get(NewGuildId).Country);
    }

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(25);
        Assert.True(condition());
    }
}
