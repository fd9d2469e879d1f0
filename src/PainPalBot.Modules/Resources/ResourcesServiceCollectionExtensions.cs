using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PainPalBot.Discord.Interactions;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Resources;

/// <summary>Registration of the resources library and its <c>/resources</c> commands.</summary>
public static class ResourcesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ResourceOptions"/> (section <c>Resources</c>, validated at start), the curated catalog, the per-server
    /// store, the search service and the store's personal-data section. Needs an <c>ILiteDatabase</c> registered by the host;
    /// uses <see cref="TimeProvider.System"/> unless one is registered.
    /// </summary>
    public static IServiceCollection AddResources(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(config);

        services.AddOptions<ResourceOptions>()
            .Bind(config.GetSection(ResourceOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ResourcesFile), "Resources:ResourcesFile must name the resources file.")
            .Validate(o => o.MaxServerEntries is >= 0 and <= 10_000, "Resources:MaxServerEntries must be from 0 to 10000.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => ResourceCatalog.Load(sp.GetRequiredService<IOptions<ResourceOptions>>().Value.ResolveResourcesFile()));
        services.AddSingleton<GuildResourceStore>();
        services.AddSingleton<ResourceService>();
        services.AddPersonalData<GuildResourcePersonalData>();
        services.AddGuildData<GuildResourceGuildData>();
        services.AddInteractionModule<ResourcesModule>();
        services.AddHostedService<ResourcesStartupCheck>();
        return services;
    }
}
