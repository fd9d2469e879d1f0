using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainPalBot.Discord.Interactions;
using PainPalBot.Modules.CheckIns;

namespace PainPalBot.Modules.History;

/// <summary>Registration of the history feature.</summary>
public static class HistoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="HistoryService"/> and <c>/history</c>. It reads check-ins, so call <c>AddCheckIns</c> too; history
    /// stores nothing of its own, so it adds no personal data section.
    /// </summary>
    public static IServiceCollection AddHistory(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IUserTimeZones, UtcUserTimeZones>();
        services.TryAddSingleton<CheckInStore>();
        services.TryAddSingleton<HistoryService>();
        services.AddInteractionModule<HistoryModule>();
        return services;
    }
}
