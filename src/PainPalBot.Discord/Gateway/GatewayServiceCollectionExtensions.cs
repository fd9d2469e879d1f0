using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PainPalBot.Discord.Gateway;

/// <summary>Registers the gateway client.</summary>
public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="GatewayClient"/> as a singleton. It needs an <see cref="Rest.IDiscordRestClient"/> and
    /// <c>DiscordOptions</c>; <see cref="TimeProvider.System"/> is used unless another is registered.
    /// </summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GatewayClient>();
        return services;
    }
}
