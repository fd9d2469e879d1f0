using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.Crisis;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Tests.Features.Crisis;

/// <summary><c>/crisis</c> end to end: private, immediate, the right country, more helplines, a country select.</summary>
public sealed class CrisisModuleTests
{
    private const ulong MemberId = 7501;

    [Fact]
    public async Task Crisis_answers_at_once_privately_with_the_server_s_country()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        bot.Services.GetRequiredService<ServerSettingsService>().Update(discord.Options.GuildId, 1, new SettingsUpdate { Country = "GB" });

        var reply = await discord.SlashAsync("crisis", MemberId);

        Assert.Equal(InteractionResponseType.ChannelMessageWithSource, reply.Type);
        Assert.True(reply.IsEphemeral);
        Assert.StartsWith(CrisisSignpost.OpeningSentence, reply.Content, StringComparison.Ordinal);
        Assert.Contains("999", reply.Content, StringComparison.Ordinal);
        Assert.Contains("United Kingdom", reply.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.CustomIds, id => id == CrisisModule.CountrySelectId);
        Assert.False(reply.IsDeferred);
    }

    [Fact]
    public async Task A_country_option_wins_and_more_helplines_are_behind_a_button()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord, settings: "--Crisis:HelplinesShown=1");

        var reply = await discord.SlashAsync("crisis", MemberId, ("country", "US"));

        Assert.True(reply.IsEphemeral);
        Assert.Contains("911", reply.Content, StringComparison.Ordinal);
        Assert.Contains(CrisisModule.MorePrefix + "US", reply.CustomIds);
        var more = await discord.ClickAsync(await reply.WaitForMessageAsync(), "More helplines", MemberId);
        Assert.True(more.IsEphemeral);
        Assert.StartsWith("More helplines:", more.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_country_gets_the_general_answer_and_a_country_select_that_updates_it()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var reply = await discord.SlashAsync("crisis", MemberId, ("country", "Atlantis"));

        Assert.True(reply.IsEphemeral);
        Assert.StartsWith("I don't have helplines listed for \"Atlantis\"", reply.Content, StringComparison.Ordinal);
        Assert.Contains("emergency number", reply.Content, StringComparison.Ordinal);
        Assert.Contains(CrisisModule.CountrySelectId, reply.CustomIds);

        var picked = await discord.SelectAsync(CrisisModule.CountrySelectId, ["DE"], MemberId, await reply.WaitForMessageAsync());
        Assert.Equal(InteractionResponseType.UpdateMessage, picked.Type);
        Assert.Contains("112", picked.Content, StringComparison.Ordinal);
        Assert.Contains("Germany", picked.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crisis_works_in_DMs_too()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var reply = await discord.SlashAsync("crisis", new FakeInteractionUser(MemberId) { InDm = true }, ("country", "IE"));

        Assert.True(reply.IsEphemeral);
        Assert.Contains("Ireland", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_remembered_country_comes_before_the_server_s_and_can_be_forgotten()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        bot.Services.GetRequiredService<ServerSettingsService>().Update(discord.Options.GuildId, 1, new SettingsUpdate { Country = "GB" });

        var saved = await discord.SlashAsync("crisis", MemberId, ("country", "Australia"), ("remember", true));
        var later = await discord.SlashAsync("crisis", MemberId);
        var someoneElse = await discord.SlashAsync("crisis", MemberId + 1);

        Assert.Contains("I'll remember Australia", saved.Content, StringComparison.Ordinal);
        Assert.Contains("Australia", later.Content, StringComparison.Ordinal);
        Assert.Contains("United Kingdom", someoneElse.Content, StringComparison.Ordinal);

        var personal = bot.Services.GetServices<PainPalBot.Modules.Privacy.IPersonalData>().Single(d => d is PersonCountryPersonalData);
        Assert.Equal("AU", Assert.Single(personal.Export(MemberId).Rows)[0]);
        Assert.Equal(1, personal.Delete(MemberId));
        Assert.Contains("United Kingdom", (await discord.SlashAsync("crisis", MemberId)).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_country_is_not_remembered()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);

        var reply = await discord.SlashAsync("crisis", MemberId, ("country", "Atlantis"), ("remember", true));

        Assert.Contains("so I didn't save it", reply.Content, StringComparison.Ordinal);
        Assert.Null(bot.Services.GetRequiredService<PersonCountryStore>().Find(MemberId));
    }
}
