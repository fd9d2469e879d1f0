using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PainPalBot.Discord.Interactions;

/// <summary>DI registration of the interaction framework and of feature modules.</summary>
public static class InteractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="InteractionService"/>, its options (section "Interactions" when bound by the host),
    /// the file-based <see cref="ICommandRegistrationStore"/> and <see cref="TimeProvider.System"/> unless already registered.
    /// Needs an <c>IDiscordRestClient</c> (AddDiscordRest).
    /// </summary>
    public static IServiceCollection AddInteractionFramework(this IServiceCollection services, Action<InteractionServiceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<InteractionServiceOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.CommandRegistrationStatePath), "Interactions:CommandRegistrationStatePath must be set.")
            .Validate(o => o.AutoDeferAfter < TimeSpan.FromSeconds(3) || o.AutoDeferAfter == Timeout.InfiniteTimeSpan, "Interactions:AutoDeferAfter must be under 3 seconds (Discord's window).")
            .ValidateOnStart();
        if (configure is not null)
            options.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICommandRegistrationStore, FileCommandRegistrationStore>();
        services.TryAddSingleton<InteractionService>();
        return services;
    }

    /// <summary>Registers a module (and its nested group modules); each feature's <c>AddXxx()</c> calls this.</summary>
    public static IServiceCollection AddInteractionModule<[DynamicallyAccessedMembers(ModuleMembers.Read)] TModule>(this IServiceCollection services)
        where TModule : class
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new InteractionModuleRegistration(typeof(TModule)));
        return services;
    }

    /// <summary>Registers an observer that runs after every command, component and modal handler (see <see cref="IInteractionObserver"/>).</summary>
    public static IServiceCollection AddInteractionObserver<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TObserver>(this IServiceCollection services)
        where TObserver : class, IInteractionObserver
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInteractionObserver, TObserver>());
        return services;
    }
}
