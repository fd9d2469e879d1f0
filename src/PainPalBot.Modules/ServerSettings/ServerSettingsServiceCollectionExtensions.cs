using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>Registers the server settings feature.</summary>
public static class ServerSettingsServiceCollectionExtensions
{
    /// <summary>Adds the settings store and service and the daily retention job.</summary>
    public static IServiceCollection AddServerSettings(this IServiceCollection services)
    {
        services.TryAddSingleton<GuildSettingsStore>();
        services.TryAddSingleton<ServerSettingsService>();
        services.AddQuartz(q => q.ScheduleJob<GuildRetentionJob>(trigger => trigger
            .WithIdentity("guild-retention")
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(24)).RepeatForever())));
        return services;
    }

    /// <summary>Registers a feature's per-server data so it is removed with the server.</summary>
    public static IServiceCollection AddGuildData<T>(this IServiceCollection services) where T : class, IGuildData
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGuildData, T>());
        return services;
    }
}
