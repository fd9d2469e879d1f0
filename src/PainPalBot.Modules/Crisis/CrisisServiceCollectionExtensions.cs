using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Interactions;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Crisis;

/// <summary>Registration of crisis signposting, detection, crisis watch, "Ask mods to check in" and the <c>/crisis</c> command.</summary>
public static class CrisisServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CrisisOptions"/> (section <c>Crisis</c>, validated at start), the helpline directory, the detector, the signpost service, crisis watch (section <c>CrisisWatch</c>; its cool-down is shared with "Ask mods to check in") and the commands.</summary>
    public static IServiceCollection AddCrisis(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(config);

        services.AddOptions<CrisisOptions>()
            .Bind(config.GetSection(CrisisOptions.SectionName))
            .Validate(o => o.AlertThreshold is > 0 and <= 1, "Crisis:AlertThreshold must be above 0 and at most 1.")
            .Validate(o => o.HelplinesShown is >= 1 and <= 5, "Crisis:HelplinesShown must be from 1 to 5.")
            .Validate(o => o.EffectiveCountryChoices.Count <= 25, "Crisis:CountryChoices may list at most 25 countries (Discord's select limit).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.HelplinesFile), "Crisis:HelplinesFile must name the helpline file.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.PhrasesDirectory), "Crisis:PhrasesDirectory must name the phrase folder.")
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CrisisOptions>>().Value;
            return HelplineDirectory.Load(Path.Combine(options.ResolveDataDirectory(), options.HelplinesFile));
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CrisisOptions>>().Value;
            return CrisisDetector.Load(Path.Combine(options.ResolveDataDirectory(), options.PhrasesDirectory), options.AlertThreshold);
        });
        services.AddSingleton<CrisisSignpost>();
        services.AddHostedService<CrisisStartupCheck>();

        services.AddOptions<CrisisWatchOptions>()
            .Bind(config.GetSection(CrisisWatchOptions.SectionName))
            .Validate(o => o.Cooldown >= TimeSpan.Zero && o.Cooldown <= TimeSpan.FromDays(7), "CrisisWatch:Cooldown must be from 00:00:00 to 7.00:00:00.")
            .ValidateOnStart();
        services.AddDmSender();
        services.AddSingleton<CrisisAlertStore>();
        services.AddSingleton<CrisisSupportSender>();
        services.AddSingleton<PersonCountryStore>();
        services.AddPersonalData<PersonCountryPersonalData>();
        services.AddSingleton<IMessageCreatedHandler, CrisisWatcher>();
        services.AddPersonalData<CrisisAlertPersonalData>();
        services.AddGuildData<CrisisAlertGuildData>();
        services.AddInteractionModule<CrisisModule>();
        services.AddInteractionModule<CrisisAlertModule>();
        services.AddSingleton<AskModsService>();
        services.AddInteractionModule<AskModsModule>();
        return services;
    }
}
