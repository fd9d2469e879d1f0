using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PainPalBot.Discord.Interactions;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.CheckIns;

/// <summary>Registration of the check-ins feature.</summary>
public static class CheckInsServiceCollectionExtensions
{
    /// <summary>Registers check-in options (section <c>CheckIns</c>), store, service, personal data and the <c>/checkin</c> and <c>/peg</c> modules. Needs an <c>ILiteDatabase</c> and a <see cref="TimeProvider"/>.</summary>
    public static IServiceCollection AddCheckIns(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.AddOptions<CheckInOptions>().Bind(config.GetSection(CheckInOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CheckInOptions>, CheckInOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IUserTimeZones, UtcUserTimeZones>();
        services.TryAddSingleton<CheckInStore>();
        services.TryAddSingleton<CheckInService>();
        services.AddPersonalData<CheckInPersonalData>();
        services.AddPersonalData<PegPersonalData>();
        services.AddInteractionModule<CheckInModule>();
        services.AddInteractionModule<PegModule>();
        return services;
    }
}
