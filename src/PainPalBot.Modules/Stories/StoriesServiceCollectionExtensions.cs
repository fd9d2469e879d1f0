using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainPalBot.Discord.Interactions;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.ServerSettings;
using Quartz;

namespace PainPalBot.Modules.Stories;

/// <summary>Registration of the anonymous stories feature.</summary>
public static class StoriesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>/share</c> module, the story store, service, crisis adapters, maintenance job (every 10 minutes), personal data and server
    /// data. Needs an <c>ILiteDatabase</c>, an <c>IDiscordRestClient</c>, <see cref="ServerSettingsService"/>, and the
    /// crisis feature's <c>CrisisDetector</c> and <c>CrisisSignpost</c> (or other <see cref="IStoryCrisisCheck"/> and
    /// <see cref="IStorySignposting"/> registrations made first).
    /// </summary>
    public static IServiceCollection AddStories(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StoryStore>();
        services.TryAddSingleton<StoryAuthorMessenger>();
        services.TryAddSingleton<IStoryCrisisCheck, CrisisDetectorStoryCheck>();
        services.TryAddSingleton<IStorySignposting, CrisisSignpostStorySignposting>();
        services.TryAddSingleton<StoryService>();
        services.AddPersonalData<StoryPersonalData>();
        services.AddGuildData<StoryGuildData>();
        services.AddQuartz(q => q.ScheduleJob<StoryMaintenanceJob>(trigger => trigger
            .WithIdentity("story-maintenance")
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(10)).RepeatForever())));
        services.AddInteractionModule<StoryModule>();
        return services;
    }
}
