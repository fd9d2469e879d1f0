using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainPalBot.Discord;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules;
using PainPalBot.Options;
using PainPalBot.Storage;
using Quartz;
using SchedulingOptions = PainPalBot.Options.SchedulingOptions;

namespace PainPalBot;

/// <summary>The composition root's building blocks, shared by Program and the tests.</summary>
public static class ServiceRegistration
{
    /// <summary>Registers options, storage, scheduling, time and the worker.</summary>
    public static IServiceCollection AddPainPalBot(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(TimeProvider.System);

        services.AddOptions<DiscordOptions>().Bind(config.GetSection(DiscordOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();

        services.AddOptions<StorageOptions>().Bind(config.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        // One LiteDatabase for the process; the container disposes it after the hosted services stop.
        services.AddSingleton<ILiteDatabase>(sp => LiteDatabaseFactory.Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value));

        services.AddOptions<SchedulingOptions>().Bind(config.GetSection(SchedulingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();
        var scheduling = config.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        services.AddQuartz(q =>
        {
            // Durable state (who is due when) lives in LiteDB; Quartz only holds the wake-up triggers.
            q.UseInMemoryStore();
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = Math.Clamp(scheduling.MaxConcurrency, 1, 64));
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = scheduling.ShutdownTimeout > TimeSpan.Zero ? scheduling.ShutdownTimeout : TimeSpan.FromSeconds(20));

        // The Discord transport keeps real time even when the features' clock is a test's or the sandbox's,
        // so heartbeats, rate limits and the 3-second rule never jump when that clock is advanced.
        services.AddSingleton<IDiscordRestClient>(sp => new DiscordRestClient(
            sp.GetRequiredService<IOptions<DiscordOptions>>(), TimeProvider.System, sp.GetService<ILogger<DiscordRestClient>>()));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<GatewayClient>(sp, TimeProvider.System));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<InteractionService>(sp, TimeProvider.System));
        services.AddDiscordRest();
        services.AddDiscordGateway();
        services.AddInteractionFramework();
        services.AddOptions<InteractionServiceOptions>().Bind(config.GetSection(InteractionServiceOptions.Section));
        if (string.IsNullOrEmpty(config[$"{InteractionServiceOptions.Section}:{nameof(InteractionServiceOptions.CommandRegistrationStatePath)}"]))
        {
            // Keep the "what did we register last" note beside the database, so a sandbox or test never shares it.
            services.AddOptions<InteractionServiceOptions>().Configure<IOptions<StorageOptions>>((o, storage) =>
                o.CommandRegistrationStatePath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.Value.Path))!, "registered-commands.txt"));
        }

        services.AddPainPalFeatures(config);
        services.AddSingleton(new StoreWarmup(services
            .Where(d => d.Lifetime == ServiceLifetime.Singleton && d.ServiceType.Name.EndsWith("Store", StringComparison.Ordinal)
                && d.ServiceType.Namespace?.StartsWith("PainPalBot.Modules", StringComparison.Ordinal) == true)
            .Select(d => d.ServiceType).Distinct().ToList()));

        services.AddSingleton<BotWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<BotWorker>());
        return services;
    }
}
