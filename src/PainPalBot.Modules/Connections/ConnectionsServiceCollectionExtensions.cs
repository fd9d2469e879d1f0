using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainPalBot.Discord.Interactions;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.ServerSettings;
using Quartz;

namespace PainPalBot.Modules.Connections;

/// <summary>Registration of peer connections.</summary>
public static class ConnectionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>/connect</c> module, the connection store, service, hourly cleanup job, personal data and server data, and the DM sender.
    /// Needs an <c>ILiteDatabase</c> and an <c>IDiscordRestClient</c>. Not named <c>AddConnections</c>: ASP.NET Core
    /// already has an extension of that name, and a host referencing both could not call either.
    /// </summary>
    public static IServiceCollection AddPeerConnections(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDmSender();
        services.TryAddSingleton<ConnectionStore>();
        services.TryAddSingleton<ConnectionService>();
        services.AddPersonalData<ConnectionPersonalData>();
        services.AddGuildData<ConnectionGuildData>();
        services.AddQuartz(q => q.ScheduleJob<ConnectionCleanupJob>(trigger => trigger
            .WithIdentity("connection-cleanup")
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever())));
        services.AddInteractionModule<ConnectionModule>();
        return services;
    }
}
