using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.Resources;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Tests.Features.ServerSettings;

/// <summary><c>/config</c> end to end: the real host, FakeDiscord, a real LiteDB file.</summary>
public sealed class ConfigModuleTests
{
    private const ulong ModeratorId = 7001;
    private const ulong MemberId = 7002;
    private const ulong ModChannelId = 710_000_000_000_000_001;

    private static FakeInteractionUser Moderator => new(ModeratorId) { Permissions = FakeInteractionUser.DefaultPermissions | GuildPermission.ManageGuild };

    private static Channel TextChannel(ulong id, ulong guildId) => new() { Id = id, Type = 0, GuildId = guildId, Name = $"c{id}" };

    [Fact]
    public async Task A_forged_config_set_from_a_member_without_Manage_Server_changes_nothing()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var reply = await discord.SlashAsync("config set", MemberId, ("country", "GB"), ("crisis_watch", true));

        Assert.True(reply.IsEphemeral);
        Assert.Equal(RequireModeratorAttribute.Refusal, reply.Content);
        var settings = bot.Services.GetRequiredService<ServerSettingsService>().Get(discord.Options.GuildId);
        Assert.Null(settings.Country);
        Assert.False(settings.CrisisWatchEnabled);
    }

    [Fact]
    public async Task The_config_command_is_hidden_from_members_and_not_offered_in_DMs()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var config = Assert.Single(discord.GlobalCommands, c => c.Name == "config");
        Assert.Equal((ulong)GuildPermission.ManageGuild, config.DefaultMemberPermissions);

        var dm = await discord.SlashAsync("config show", new FakeInteractionUser(MemberId) { InDm = true });
        Assert.True(dm.IsEphemeral);
        Assert.Contains("Nothing was changed", dm.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderator_sets_country_zone_and_channels_and_sees_them()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;

        var reply = await discord.SlashAsync("config set", Moderator,
            ("moderator_channel", TextChannel(ModChannelId, guildId)),
            ("country", "United Kingdom"),
            ("time_zone", "Europe/London"),
            ("crisis_watch", true),
            ("watch_add", TextChannel(FakeDiscord.FakeDiscord.DefaultChannelId, guildId)),
            ("crisis_dm", "after_moderator"),
            ("community_prompts", true));

        Assert.True(reply.IsEphemeral);
        Assert.StartsWith("Saved.", reply.Content, StringComparison.Ordinal);
        Assert.EndsWith(ConfigModule.NoMessageContentNote, reply.Content, StringComparison.Ordinal);
        var settings = bot.Services.GetRequiredService<ServerSettingsService>().Get(guildId);
        Assert.Equal("GB", settings.Country);
        Assert.Equal("Europe/London", settings.TimeZone);
        Assert.Equal(ModChannelId, settings.ModeratorChannelId);
        Assert.True(settings.CrisisWatchEnabled);
        Assert.Equal([FakeDiscord.FakeDiscord.DefaultChannelId], settings.CrisisWatchChannelIds);
        Assert.Equal(CrisisDmMode.AfterModerator, settings.CrisisDmMode);
        Assert.True(settings.CommunityPromptsEnabled);

        var removed = await discord.SlashAsync("config set", Moderator, ("watch_remove", TextChannel(FakeDiscord.FakeDiscord.DefaultChannelId, guildId)));
        Assert.StartsWith("Saved.", removed.Content, StringComparison.Ordinal);

        var show = await discord.SlashAsync("config show", Moderator);
        Assert.True(show.IsEphemeral);
        Assert.Contains("Country: GB", show.Content, StringComparison.Ordinal);
        Assert.Contains("on in every channel", show.Content, StringComparison.Ordinal);
        Assert.Contains("sent by a moderator", show.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_with_the_moderator_role_may_change_settings()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;
        var role = new Role { Id = 720_000_000_000_000_001, Name = "Mods" };
        discord.AddRole(role);
        await discord.SlashAsync("config set", Moderator, ("moderator_role", role));
        discord.SetInteractionUser(new FakeInteractionUser(MemberId) { Roles = [role.Id] });

        var reply = await discord.SlashAsync("config set", MemberId, ("country", "DE"));

        Assert.StartsWith("Saved.", reply.Content, StringComparison.Ordinal);
        Assert.Equal("DE", bot.Services.GetRequiredService<ServerSettingsService>().Get(guildId).Country);
    }

    [Fact]
    public async Task An_unknown_country_or_time_zone_is_refused_kindly_and_nothing_is_saved()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var country = await discord.SlashAsync("config set", Moderator, ("country", "Atlantis"), ("time_zone", "Europe/London"));
        var zone = await discord.SlashAsync("config set", Moderator, ("time_zone", "Mars/Olympus_Mons"));

        Assert.Contains("I don't have helplines for \"Atlantis\"", country.Content, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was changed.", country.Content, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was changed.", zone.Content, StringComparison.Ordinal);
        var settings = bot.Services.GetRequiredService<ServerSettingsService>().Get(discord.Options.GuildId);
        Assert.Null(settings.Country);
        Assert.Null(settings.TimeZone);
    }

    [Fact]
    public async Task Crisis_watch_without_a_moderator_channel_is_refused()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var reply = await discord.SlashAsync("config set", Moderator, ("crisis_watch", true));

        Assert.Contains("needs a moderator channel", reply.Content, StringComparison.Ordinal);
        Assert.False(bot.Services.GetRequiredService<ServerSettingsService>().Get(discord.Options.GuildId).CrisisWatchEnabled);
    }

    [Fact]
    public async Task Time_zone_and_country_options_autocomplete()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var zones = await discord.AutocompleteAsync("config set", "time_zone", "Lond", ModeratorId);
        var countries = await discord.AutocompleteAsync("config set", "country", "germ", ModeratorId);

        Assert.Contains(zones.Choices, c => c.Value.GetString() == "Europe/London");
        Assert.Contains(countries.Choices, c => c.Value.GetString() == "DE");
    }

    [Fact]
    public async Task Export_is_a_private_JSON_file_with_settings_prompts_and_the_server_s_own_resources()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        var guildId = discord.Options.GuildId;
        await discord.SlashAsync("config set", Moderator, ("country", "GB"));
        bot.Services.GetRequiredService<ResourceService>().Add(guildId, ModeratorId, new ResourceDraft("Our pacing guide", "https://example.org/pacing", "How we pace", ["pacing"]));
        await discord.SlashAsync("config prompt add", Moderator, ("channel", TextChannel(FakeDiscord.FakeDiscord.DefaultChannelId, guildId)), ("text", "How is everyone today?"), ("time", "09:30"));

        var reply = await discord.SlashAsync("config export", Moderator);

        Assert.True(reply.IsEphemeral);
        var file = Assert.Single(reply.Files);
        Assert.EndsWith(".json", file.FileName, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(file.Content);
        Assert.Equal("GB", json.RootElement.GetProperty("settings").GetProperty("country").GetString());
        Assert.Equal("Our pacing guide", json.RootElement.GetProperty("resources")[0].GetProperty("title").GetString());
        Assert.Equal("How is everyone today?", json.RootElement.GetProperty("community_prompts")[0].GetProperty("text").GetString());
        Assert.Equal(guildId.ToString(System.Globalization.CultureInfo.InvariantCulture), json.RootElement.GetProperty("guild_id").GetString());
    }

    [Fact]
    public async Task With_the_Message_Content_intent_turning_crisis_watch_on_carries_no_warning()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: "--Discord:MessageContentIntent=true");

        var reply = await discord.SlashAsync("config set", Moderator, ("moderator_channel", TextChannel(ModChannelId, discord.Options.GuildId)), ("crisis_watch", true));

        Assert.StartsWith("Saved.", reply.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(ConfigModule.NoMessageContentNote, reply.Content, StringComparison.Ordinal);
    }
}
