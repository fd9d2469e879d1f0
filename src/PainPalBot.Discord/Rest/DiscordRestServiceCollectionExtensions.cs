using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PainPalBot.Discord.Rest;

/// <summary>Registers the Discord REST client.</summary>
public static class DiscordRestServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDiscordRestClient"/> as a singleton built from <see cref="IOptions{DiscordOptions}"/>
    /// (bind the <c>Discord</c> section elsewhere, or pass <paramref name="configure"/>), with
    /// <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is already registered.
    /// </summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services, Action<DiscordOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<DiscordOptions>();
        if (configure is not null)
            options.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDiscordRestClient>(sp => new DiscordRestClient(
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<DiscordRestClient>>()));
        return services;
    }
}
