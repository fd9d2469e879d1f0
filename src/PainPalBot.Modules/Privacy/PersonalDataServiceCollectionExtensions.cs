using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainPalBot.Discord.Interactions;

namespace PainPalBot.Modules.Privacy;

/// <summary>Registration of what each feature stores about people.</summary>
public static class PersonalDataServiceCollectionExtensions
{
    /// <summary>Registers a feature's <see cref="IPersonalData"/> so export and delete include it.</summary>
    public static IServiceCollection AddPersonalData<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(this IServiceCollection services) where T : class, IPersonalData
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPersonalData, T>());
        return services;
    }

    /// <summary>Registers <see cref="PersonalDataService"/>, which exports and deletes across every registered section, and <c>/mydata</c> (which needs <c>AddDmSender</c>).</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.TryAddSingleton<PersonalDataService>();
        services.AddInteractionModule<MyDataModule>();
        return services;
    }
}
