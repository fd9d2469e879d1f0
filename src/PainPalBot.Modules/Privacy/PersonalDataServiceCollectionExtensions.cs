using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PainPalBot.Modules.Privacy;

/// <summary>Registration of what each feature stores about people.</summary>
public static class PersonalDataServiceCollectionExtensions
{
    /// <summary>Registers a feature's <see cref="IPersonalData"/> so export and delete include it.</summary>
    public static IServiceCollection AddPersonalData<T>(this IServiceCollection services) where T : class, IPersonalData
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPersonalData, T>());
        return services;
    }

    /// <summary>Registers <see cref="PersonalDataService"/>, which exports and deletes across every registered section.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.TryAddSingleton<PersonalDataService>();
        return services;
    }
}
