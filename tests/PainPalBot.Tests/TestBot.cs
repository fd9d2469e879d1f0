using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace PainPalBot.Tests;

/// <summary>
/// The real bot host (same composition as Program) connected to a <see cref="FakeDiscord.FakeDiscord"/> over HTTP and
/// WebSocket, with its own LiteDB file in a temp folder and a <see cref="FakeTimeProvider"/> as the features' clock.
/// </summary>
public sealed class TestBot : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TempFolder _folder;

    private TestBot(IHost host, TempFolder folder, FakeTimeProvider time, LogCapture logs)
    {
        _host = host;
        _folder = folder;
        Time = time;
        Logs = logs;
    }

    /// <summary>The features' clock; advance it to make prompts come due.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>Every log event the bot wrote.</summary>
    public LogCapture Logs { get; }

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>The bot's one database.</summary>
    public ILiteDatabase Db => Services.GetRequiredService<ILiteDatabase>();

    /// <summary>Where the database file lives.</summary>
    public string DbPath => _folder.File("painpal.db");

    /// <summary>Starts the bot against <paramref name="discord"/> and waits until it is connected and its commands are registered.</summary>
    public static async Task<TestBot> StartAsync(
        FakeDiscord.FakeDiscord discord,
        DateTimeOffset? now = null,
        Action<IServiceCollection>? configure = null,
        params string[] settings)
    {
        ArgumentNullException.ThrowIfNull(discord);
        var folder = new TempFolder();
        var logs = new LogCapture();
        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        string[] args =
        [
            $"--Discord:Token={discord.Token}",
            $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}",
            $"--Storage:Path={folder.File("painpal.db")}",
            "--Logging:Level=Debug",
            .. settings,
        ];
        var builder = BotHost.CreateBuilder(args, logs);
        builder.Services.AddSingleton<TimeProvider>(time);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        BotHost.ValidateBeforeStart(host.Services);
        await host.StartAsync();
        var bot = new TestBot(host, folder, time, logs);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await discord.WaitForReadyAsync(ct: timeout.Token);
        await host.Services.GetRequiredService<BotWorker>().CommandsRegistered.WaitAsync(timeout.Token);
        return bot;
    }

    /// <summary>Waits until the bot's message handlers have finished with <paramref name="count"/> messages in all.</summary>
    public async Task WaitForMessagesHandledAsync(long count)
    {
        var worker = Services.GetRequiredService<BotWorker>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (worker.MessagesHandled < count)
            await Task.Delay(10, timeout.Token);
    }

    /// <summary>Stops the bot as Ctrl+C would.</summary>
    public async Task StopAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _host.StopAsync(timeout.Token);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
        _folder.Dispose();
    }
}
