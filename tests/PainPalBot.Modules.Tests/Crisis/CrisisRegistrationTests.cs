using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PainPalBot.Modules.Crisis;

namespace PainPalBot.Modules.Tests.Crisis;

public sealed class CrisisRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddCrisis(config);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Registers_signpost_and_detector_loaded_from_the_config_folder()
    {
        await using var provider = Build([]);

        foreach (var hosted in provider.GetServices<IHostedService>()) await hosted.StartAsync(default);

        Assert.True(provider.GetRequiredService<CrisisDetector>().Assess("I want to die").IsCrisis);
        Assert.Equal("GB", provider.GetRequiredService<CrisisSignpost>().ForCountry("UK").CountryCode);
    }

    [Fact]
    public async Task Configured_country_choices_replace_the_defaults()
    {
        await using var provider = Build(new() { ["Crisis:CountryChoices:0"] = "IE", ["Crisis:CountryChoices:1"] = "GB" });

        var choices = provider.GetRequiredService<CrisisSignpost>().CountryChoices;

        Assert.Equal(["IE", "GB"], choices.Select(c => c.Code));
    }

    [Fact]
    public async Task A_bad_threshold_is_named()
    {
        await using var provider = Build(new() { ["Crisis:AlertThreshold"] = "3" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CrisisOptions>>().Value);

        Assert.Contains("Crisis:AlertThreshold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_phrase_folder_fails_with_one_clear_message()
    {
        await using var provider = Build(new() { ["Crisis:PhrasesDirectory"] = "no-such-folder" });

        var error = Assert.Throws<InvalidDataException>(() => provider.GetRequiredService<CrisisDetector>());

        Assert.StartsWith("Crisis phrase folder not found:", error.Message, StringComparison.Ordinal);
    }
}
