using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.ServerSettings;
using PainPalBot.Modules.Tests.Stories;
using PainPalBot.Modules.Tips;

namespace PainPalBot.Modules.Tests.Tips;

public sealed class TipsRegistrationTests
{
    [Fact]
    public void AddTips_registers_a_working_service_its_personal_data_and_server_data()
    {
        using var database = new TestDatabase();
        var services = new ServiceCollection()
            .AddSingleton<ILiteDatabase>(database.Db)
            .AddSingleton(new FakeRest().Client)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddServerSettings()
            .AddTips()
            .AddTips();
        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<TipService>());
        var personal = provider.GetServices<IPersonalData>().ToList();
        Assert.Single(personal, d => d is TipPersonalData);
        Assert.Single(personal, d => d is TipVotePersonalData);
        Assert.Single(provider.GetServices<IGuildData>(), d => d is TipGuildData);
    }
}
