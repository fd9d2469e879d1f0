using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.ServerSettings;
using PainPalBot.Modules.Stories;
using Quartz;

namespace PainPalBot.Modules.Tests.Stories;

public sealed class StoriesRegistrationTests
{
    [Fact]
    public void AddStories_registers_a_working_service_its_personal_data_and_server_data()
    {
        using var database = new TestDatabase();
        var crisis = new FakeCrisisCheck();
        var services = new ServiceCollection()
            .AddSingleton<ILiteDatabase>(database.Db)
            .AddSingleton(new FakeRest().Client)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton<IStoryCrisisCheck>(crisis)
            .AddSingleton<IStorySignposting>(crisis)
            .AddServerSettings()
            .AddStories()
            .AddStories();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false });

        Assert.NotNull(provider.GetRequiredService<StoryService>());
        Assert.Same(crisis, provider.GetRequiredService<IStoryCrisisCheck>());
        Assert.Single(provider.GetServices<IPersonalData>(), d => d is StoryPersonalData);
        Assert.Single(provider.GetServices<IGuildData>(), d => d is StoryGuildData);
        Assert.NotNull(provider.GetRequiredService<StoryMaintenanceJob>());
    }

    [Fact]
    public async Task A_server_the_bot_left_30_days_ago_loses_its_stories()
    {
        using var database = new TestDatabase();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        var crisis = new FakeCrisisCheck();
        var services = new ServiceCollection()
            .AddSingleton<ILiteDatabase>(database.Db)
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(new FakeRest().Client)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton<IStoryCrisisCheck>(crisis)
            .AddSingleton<IStorySignposting>(crisis)
            .AddServerSettings()
            .AddStories();
        using var provider = services.BuildServiceProvider();
        var settings = provider.GetRequiredService<ServerSettingsService>();
        settings.Update(StoryHarness.Guild, StoryHarness.Moderator, new SettingsUpdate { StoriesChannelId = StoryHarness.StoriesChannel, StoryApprovalRequired = false });
        var stories = provider.GetRequiredService<StoryService>();
        await stories.SubmitAsync(StoryHarness.Guild, StoryHarness.Author, new StorySubmission("A story"));

        settings.MarkLeft(StoryHarness.Guild);
        time.Advance(TimeSpan.FromDays(31));
        settings.PurgeExpired();

        Assert.Empty(stories.Mine(StoryHarness.Author).Stories);
        Assert.Empty(provider.GetRequiredService<StoryStore>().LinkedPostedBefore(time.GetUtcNow()));
    }

    [Fact]
    public async Task The_maintenance_job_erases_expired_author_links()
    {
        using var h = new StoryHarness(approvalRequired: false);
        await h.ShareAsync("A story");
        h.Time.Advance(TimeSpan.FromDays(31));

        await new StoryMaintenanceJob(h.Service).Execute(Substitute.For<IJobExecutionContext>(), default);

        Assert.Empty(h.Service.Mine(StoryHarness.Author).Stories);
    }
}
