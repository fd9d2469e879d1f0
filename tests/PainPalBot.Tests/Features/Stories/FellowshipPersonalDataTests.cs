using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.Connections;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.ServerSettings;
using PainPalBot.Modules.Stories;
using PainPalBot.Modules.Tips;

namespace PainPalBot.Tests.Features.Stories;

/// <summary>
/// Export and delete of what a person shared through the fellowship commands: their own stories, connection profile and
/// tips. <c>/mydata</c> is not registered yet, so this goes through <see cref="PersonalDataService"/>, which that command wraps.
/// </summary>
public sealed class FellowshipPersonalDataTests
{
    private const ulong StoriesChannel = 700_000_000_000_000_100;
    private const ulong ModeratorChannel = 700_000_000_000_000_200;
    private const ulong PersonId = 910_000_000_000_000_001;
    private const ulong OtherId = 920_000_000_000_000_002;
    private const string MyStory = "Some days the flare wins; today I won by resting early.";
    private const string OtherStory = "Somebody else's story entirely, about hydrotherapy.";
    private const string MyTip = "Set a timer for every 25 minutes of sitting; stand and stretch when it rings.";

    [Fact]
    public async Task Export_holds_a_persons_own_stories_profile_and_tips_and_delete_removes_them()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await TestBot.StartAsync(discord);
        bot.Services.GetRequiredService<ServerSettingsService>().Update(discord.Options.GuildId, OtherId, new SettingsUpdate
        {
            StoriesChannelId = StoriesChannel,
            ModeratorChannelId = ModeratorChannel,
            StoryApprovalRequired = false,
            TipApprovalRequired = false,
        });

        await (await discord.SubmitModalAsync("share:modal", new Dictionary<string, string> { ["story"] = MyStory }, PersonId)).WaitForContentAsync();
        await (await discord.SubmitModalAsync("share:modal", new Dictionary<string, string> { ["story"] = OtherStory }, OtherId)).WaitForContentAsync();
        await discord.SlashAsync("connect profile", PersonId, ("time_zone", "America/Chicago"), ("languages", "English"), ("looking_for", "talk"),
            ("condition", ConditionOption.Endometriosis));
        await (await discord.SubmitModalAsync("tip:modal", new Dictionary<string, string> { ["tip"] = MyTip, ["tags"] = "pacing" }, PersonId)).WaitForContentAsync();
        Assert.Equal(2, discord.Messages(StoriesChannel).Count);

        var data = bot.Services.GetRequiredService<PersonalDataService>();
        var export = Encoding.UTF8.GetString(data.ExportJson(PersonId));
        Assert.Contains(MyStory, export, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherStory, export, StringComparison.Ordinal);
        Assert.Contains("America/Chicago", export, StringComparison.Ordinal);
        Assert.Contains("endometriosis", export, StringComparison.Ordinal);
        Assert.Contains(MyTip, export, StringComparison.Ordinal);

        Assert.True(data.Delete(PersonId) >= 3);

        var after = Encoding.UTF8.GetString(data.ExportJson(PersonId));
        Assert.DoesNotContain(MyStory, after, StringComparison.Ordinal);
        Assert.DoesNotContain("America/Chicago", after, StringComparison.Ordinal);
        Assert.DoesNotContain(MyTip, after, StringComparison.Ordinal);
        Assert.Contains("no stories you can withdraw", (await discord.SlashAsync("share withdraw", PersonId)).Content, StringComparison.Ordinal);
        Assert.Contains("Make a connection profile first", (await discord.SlashAsync("connect find", PersonId)).Content, StringComparison.Ordinal);
        Assert.DoesNotContain(MyTip, (await discord.SlashAsync("tips", OtherId)).Content, StringComparison.Ordinal);

        // The person's post is queued for deletion on Discord; the next maintenance run removes it, and only it.
        await bot.Services.GetRequiredService<StoryService>().RunMaintenanceAsync();
        var left = Assert.Single(discord.Messages(StoriesChannel));
        Assert.Contains(OtherStory, left.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Single(bot.Services.GetRequiredService<StoryStore>().ByAuthor(OtherId));
    }
}
