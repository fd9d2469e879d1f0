using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using PainPalBot.Modules.Connections;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.ServerSettings;
using PainPalBot.Modules.Tests.Stories;
using Quartz;

namespace PainPalBot.Modules.Tests.Connections;

public sealed class ConnectionsRegistrationTests
{
    [Fact]
    public void AddPeerConnections_registers_a_working_service_its_personal_data_and_server_data()
    {
        using var database = new TestDatabase();
        var services = new ServiceCollection()
            .AddSingleton<ILiteDatabase>(database.Db)
            .AddSingleton(new FakeRest().Client)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddPeerConnections()
            .AddPeerConnections();
        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<ConnectionService>());
        Assert.NotNull(provider.GetRequiredService<ConnectionCleanupJob>());
        Assert.Single(provider.GetServices<IPersonalData>(), d => d is ConnectionPersonalData);
        Assert.Single(provider.GetServices<IGuildData>(), d => d is ConnectionGuildData);
    }

    [Fact]
    public async Task The_cleanup_job_drops_expired_suggestions()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, PainConditions.Migraine, ConnectionGoals.SomeoneToTalkTo);
        h.Profile(ConnectionHarness.Ben, PainConditions.Migraine, ConnectionGoals.SomeoneToTalkTo);
        var token = Assert.Single(h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana).Suggestions).Token;
        h.Time.Advance(TimeSpan.FromDays(2));

        await new ConnectionCleanupJob(h.Service).Execute(Substitute.For<IJobExecutionContext>(), default);

        Assert.Null(h.Store.Suggestion(token));
    }
}
