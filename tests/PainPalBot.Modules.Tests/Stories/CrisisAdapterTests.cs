using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PainPalBot.Modules.Crisis;
using PainPalBot.Modules.Stories;

namespace PainPalBot.Modules.Tests.Stories;

public sealed class CrisisAdapterTests
{
    [Fact]
    public async Task AddStories_uses_the_shared_crisis_detector_and_helplines()
    {
        var services = new ServiceCollection()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddCrisis(new ConfigurationBuilder().Build())
            .AddStories();
        await using var provider = services.BuildServiceProvider();

        var check = provider.GetRequiredService<IStoryCrisisCheck>();
        var signposting = provider.GetRequiredService<IStorySignposting>();

        Assert.IsType<CrisisDetectorStoryCheck>(check);
        Assert.True(check.IsCrisis("Most nights I just want to die."));
        Assert.False(check.IsCrisis("My knees ache when it rains, but pacing helps."));
        var text = signposting.ForCountry("GB");
        Assert.StartsWith(CrisisSignpost.OpeningSentence, text, StringComparison.Ordinal);
        Assert.Contains("United Kingdom", text, StringComparison.Ordinal);
        Assert.StartsWith(CrisisSignpost.OpeningSentence, signposting.ForCountry(null), StringComparison.Ordinal);
    }
}
