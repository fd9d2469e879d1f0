using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PainPalBot.Modules.Crisis;

/// <summary>Registration of crisis signposting and detection (services only; the slash-command module is added by the host).</summary>
public static class CrisisServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CrisisOptions"/> (section <c>Crisis</c>, validated at start), the helpline directory, the detector and the signpost service.</summary>
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
        return services;
    }
}
