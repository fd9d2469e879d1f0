using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.Resources;

namespace PainPalBot.Modules.Tests.Resources;

public sealed class ResourcesRegistrationTests : IDisposable
{
    private readonly TempLiteDatabase _db = new();

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILiteDatabase>(_db.Database);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddResources(config);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Registers_the_library_from_the_config_folder_next_to_the_binary()
    {
        await using var provider = Build([]);

        var service = provider.GetRequiredService<ResourceService>();
        foreach (var hosted in provider.GetServices<IHostedService>()) await hosted.StartAsync(default);

        Assert.NotEmpty(service.Search(null, "pacing").Items);
        Assert.Contains(provider.GetServices<IPersonalData>(), p => p.Section == "server_resources");
    }

    [Fact]
    public async Task A_missing_file_fails_with_one_clear_message()
    {
        await using var provider = Build(new() { ["Resources:DataDirectory"] = "/nowhere" });

        var error = Assert.Throws<InvalidDataException>(() => provider.GetRequiredService<ResourceCatalog>());

        Assert.Contains("Resources file not found: /nowhere/resources.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_options_are_named()
    {
        await using var provider = Build(new() { ["Resources:MaxServerEntries"] = "-1" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ResourceOptions>>().Value);

        Assert.Contains("Resources:MaxServerEntries", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _db.Dispose();
}
