using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace PainPalBot.Tests.Hosting;

/// <summary>The host starts with valid settings, logs its banner, and stops cleanly: worker done, scheduler shut down, database closed.</summary>
public sealed class HostLifetimeTests : IDisposable
{
    private const string Token = "MTIzNDU2Nzg5.secret-token-value.xyz";
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Host_starts_logs_a_banner_and_stops_cleanly_releasing_the_database()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync(new() { Token = Token });
        var dbPath = _temp.File("data/painpal.db");
        var logs = new LogCapture();
        var builder = BotHost.CreateBuilder([$"--Discord:Token={Token}", $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}", $"--Storage:Path={dbPath}"], logs);
        using var host = builder.Build();
        BotHost.ValidateBeforeStart(host.Services);

        await host.StartAsync();
        await logs.WaitForMessageAsync("starting in");
        await discord.WaitForReadyAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        // The hosted service starts the scheduler once the application has started.
        for (var i = 0; i < 200 && scheduler.Status != SchedulerStatus.Running; i++)
            await Task.Delay(25);
        Assert.Equal(SchedulerStatus.Running, scheduler.Status);
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
            await host.StopAsync(stop.Token);
        await ((IAsyncDisposable)host).DisposeAsync();

        Assert.Equal(SchedulerStatus.Shutdown, scheduler.Status);
        var text = logs.AllText();
        Assert.Contains("starting in", text, StringComparison.Ordinal);
        Assert.Contains(Path.GetFullPath(dbPath), text, StringComparison.Ordinal);
        Assert.Contains("PainPalBot stopped", text, StringComparison.Ordinal);
        Assert.Equal(1, discord.GatewayIdentifyCount);
        // The database was disposed: the file opens again in exclusive (direct) mode.
        using var reopened = new LiteDatabase(new ConnectionString { Filename = dbPath, Connection = ConnectionType.Direct });
        Assert.NotNull(reopened.GetCollectionNames());
    }

    [Fact]
    public async Task The_token_never_reaches_the_log_not_even_in_part()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync(new() { Token = Token });
        var logs = new LogCapture();
        var builder = BotHost.CreateBuilder([$"--Discord:Token={Token}", $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}", $"--Storage:Path={_temp.File("p.db")}", "--Logging:Level=Verbose"], logs);
        using (var host = builder.Build())
        {
            await host.StartAsync();
            await discord.WaitForReadyAsync();
            await host.Services.GetRequiredService<BotWorker>().CommandsRegistered.WaitAsync(TimeSpan.FromSeconds(10));
            await host.StopAsync();
        }

        var text = logs.AllText();
        Assert.NotEmpty(logs.Events);
        foreach (var part in Token.Split('.'))
            Assert.DoesNotContain(part, text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_database_and_one_time_provider_serve_the_whole_process()
    {
        var builder = BotHost.CreateBuilder([$"--Discord:Token={Token}", $"--Storage:Path={_temp.File("p.db")}"]);
        using var host = builder.Build();

        Assert.Same(host.Services.GetRequiredService<ILiteDatabase>(), host.Services.GetRequiredService<ILiteDatabase>());
        Assert.Same(TimeProvider.System, host.Services.GetRequiredService<TimeProvider>());
        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is BotWorker);
        // Every feature store is created before start, so LiteDB builds its mappings on one thread.
        var warmup = host.Services.GetRequiredService<PainPalBot.Storage.StoreWarmup>();
        Assert.Contains(typeof(PainPalBot.Modules.ServerSettings.GuildSettingsStore), warmup.StoreTypes);
        Assert.Contains(typeof(PainPalBot.Modules.Resources.GuildResourceStore), warmup.StoreTypes);
        // The Discord transport keeps real time whatever clock the features are given.
        Assert.NotNull(host.Services.GetRequiredService<PainPalBot.Discord.Gateway.GatewayClient>());
    }

    public void Dispose() => _temp.Dispose();
}
