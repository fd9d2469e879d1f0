using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Rest;
using PainPalBot.Discord.Tests.Interactions.Sample;

namespace PainPalBot.Discord.Tests.Interactions;

/// <summary>
/// The interaction framework wired as the host wires it (DI, the real REST client against FakeDiscord),
/// with a <see cref="FakeTimeProvider"/> for the 3-second rule and a log capture.
/// </summary>
public sealed class InteractionTestBot : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private InteractionTestBot(ServiceProvider services, FakeDiscord.FakeDiscord discord, CapturingLoggerProvider logs, FakeTimeProvider time, string statePath)
    {
        _services = services;
        Discord = discord;
        Logs = logs;
        Time = time;
        StatePath = statePath;
        Interactions = services.GetRequiredService<InteractionService>();
    }

    /// <summary>The fake Discord.</summary>
    public FakeDiscord.FakeDiscord Discord { get; }

    /// <summary>The service under test.</summary>
    public InteractionService Interactions { get; }

    /// <summary>Log entries.</summary>
    public CapturingLoggerProvider Logs { get; }

    /// <summary>The clock the auto-defer timer runs on.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>The registration hash file.</summary>
    public string StatePath { get; }

    /// <summary>The container.</summary>
    public IServiceProvider Services => _services;

    /// <summary>What the sample handlers were called with.</summary>
    public SampleRecorder Recorder => _services.GetRequiredService<SampleRecorder>();

    /// <summary>The slow handler's gate.</summary>
    public SlowGate Gate => _services.GetRequiredService<SlowGate>();

    /// <summary>Starts a bot with the sample modules, delivering interactions straight to <see cref="InteractionService.ExecuteAsync"/>.</summary>
    public static InteractionTestBot Start(FakeDiscord.FakeDiscord discord, string? statePath = null, ulong? devGuildId = null, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(discord);
        statePath ??= Path.Combine(Path.GetTempPath(), $"painpal-commands-{Guid.NewGuid():N}.txt");
        var logs = new CapturingLoggerProvider();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddOptions<DiscordOptions>().Configure(o =>
        {
            o.Token = discord.Token;
            o.ApiBaseUrl = discord.ApiBaseUrl;
            o.ApplicationId = discord.ApplicationId;
            o.DevGuildId = devGuildId;
        });
        // The REST client keeps real time (its rate limiter); only the auto-defer clock is fake.
        services.AddSingleton<IDiscordRestClient>(sp => new DiscordRestClient(sp.GetRequiredService<IOptions<DiscordOptions>>(), TimeProvider.System, null));
        services.AddSingleton<TimeProvider>(time);
        services.AddInteractionFramework(o => o.CommandRegistrationStatePath = statePath);
        services.AddSingleton<SampleRecorder>().AddSingleton<SlowGate>().AddScoped<ScopedMarker>();
        services.AddInteractionModule<SampleModule>().AddInteractionModule<RemindersModule>().AddInteractionModule<ContextMenuModule>();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var bot = new InteractionTestBot(provider, discord, logs, time, statePath);
        discord.InteractionSink = (interaction, ct) => bot.Interactions.ExecuteAsync(interaction, ct);
        return bot;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Discord.InteractionSink = null;
        await _services.DisposeAsync();
        File.Delete(StatePath);
    }
}
