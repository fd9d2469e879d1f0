using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Modules.CheckIns;
using PainPalBot.Modules.Connections;
using PainPalBot.Modules.Crisis;
using PainPalBot.Modules.History;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.Reminders;
using PainPalBot.Modules.Resources;
using PainPalBot.Modules.ServerSettings;
using PainPalBot.Modules.Stories;
using PainPalBot.Modules.Tips;

namespace PainPalBot.Modules;

/// <summary>Registers every PainPalBot feature; the host calls this once.</summary>
public static class PainPalFeaturesServiceCollectionExtensions
{
    /// <summary>Adds each feature folder's services, jobs and modules.</summary>
    public static IServiceCollection AddPainPalFeatures(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return services
            .AddDmSender()
            .AddPrivacy()
            .AddServerSettings()
            .AddCheckIns(config)
            .AddReminders(config)
            .AddHistory(config)
            .AddResources(config)
            .AddCrisis(config)
            .AddStories()
            .AddPeerConnections()
            .AddTips();
    }
}
