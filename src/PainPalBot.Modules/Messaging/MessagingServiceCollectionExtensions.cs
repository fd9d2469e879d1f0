using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Messaging;

/// <summary>Registration of DM sending.</summary>
public static class MessagingServiceCollectionExtensions
{
    /// <summary>Registers <see cref="DmSender"/> and its channel cache. Needs an <c>ILiteDatabase</c> and an <c>IDiscordRestClient</c>.</summary>
    public static IServiceCollection AddDmSender(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DmChannelStore>();
        services.TryAddSingleton<DmSender>();
        services.AddPersonalData<DmChannelPersonalData>();
        return services;
    }
}
