using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainPalBot.Discord.Interactions;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Tips;

/// <summary>Registration of the tips library.</summary>
public static class TipsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>/tip</c> and <c>/tips</c> modules, the tip store and service, personal data (tips, tip votes), server data and the DM sender. Needs an
    /// <c>ILiteDatabase</c>, an <c>IDiscordRestClient</c> and <see cref="ServerSettingsService"/>.
    /// </summary>
    public static IServiceCollection AddTips(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDmSender();
        services.TryAddSingleton<TipStore>();
        services.TryAddSingleton<TipService>();
        services.AddPersonalData<TipPersonalData>();
        services.AddPersonalData<TipVotePersonalData>();
        services.AddGuildData<TipGuildData>();
        services.AddInteractionModule<TipModule>();
        services.AddInteractionModule<TipLibraryModule>();
        return services;
    }
}
