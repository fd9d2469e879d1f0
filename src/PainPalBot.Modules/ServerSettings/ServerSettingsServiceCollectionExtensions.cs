using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Interactions;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.Reminders;
using Quartz;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>Registers the server settings feature.</summary>
public static class ServerSettingsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the settings store and service, the daily retention job, community prompts (store, service, a
    /// one-minute Quartz job), the export, the join/leave handler and the <c>/config</c> commands.
    /// </summary>
    public static IServiceCollection AddServerSettings(this IServiceCollection services)
    {
        services.TryAddSingleton<GuildSettingsStore>();
        services.TryAddSingleton<ServerSettingsService>();
        services.TryAddSingleton<CommunityPromptStore>();
        services.TryAddSingleton<CommunityPromptService>();
        services.TryAddSingleton<ServerExportService>();
        services.TryAddSingleton<TimeZoneCatalog>();
        services.AddDmSender();
        services.AddGuildData<CommunityPromptGuildData>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGuildEventsHandler, GuildWelcomeHandler>());
        services.AddInteractionModule<ConfigModule>();
        services.AddQuartz(q =>
        {
            q.ScheduleJob<GuildRetentionJob>(trigger => trigger
                .WithIdentity("guild-retention")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(24)).RepeatForever()));
            q.AddJob<CommunityPromptJob>(j => j.WithIdentity(CommunityPromptJob.Key).StoreDurably());
            q.AddTrigger(t => t
                .ForJob(CommunityPromptJob.Key)
                .WithIdentity("community-prompts-trigger", "server-settings")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
        });
        return services;
    }

    /// <summary>Registers a feature's per-server data so it is removed with the server.</summary>
    public static IServiceCollection AddGuildData<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(this IServiceCollection services) where T : class, IGuildData
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGuildData, T>());
        return services;
    }
}
