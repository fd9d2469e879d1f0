using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PainPalBot.Discord.Interactions;

namespace PainPalBot.Sandbox;

/// <summary>The host's hook for <c>--sandbox</c>: point the bot at a started <see cref="SandboxServer"/>.</summary>
public static class SandboxHostExtensions
{
    /// <summary>
    /// Lays the sandbox's settings over every other configuration source (Discord URL and token, sandbox
    /// storage, quick reminder polling) and makes the sandbox clock the bot's <see cref="TimeProvider"/>.
    /// Call it after the bot's services are registered; dispose the sandbox after the host has stopped.
    /// </summary>
    public static IHostApplicationBuilder UseSandbox(this IHostApplicationBuilder builder, SandboxServer sandbox)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sandbox);
        builder.Configuration.AddInMemoryCollection(sandbox.BotConfiguration);
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(sandbox.Clock));
        // After every Configure: the host may put the "commands registered" note beside the database, but the
        // stand-in starts with no commands each run, so the bot must register them anew every time.
        builder.Services.PostConfigure<InteractionServiceOptions>(o => o.CommandRegistrationStatePath = sandbox.CommandRegistrationStatePath);
        builder.Services.AddSingleton(sandbox);
        return builder;
    }

    /// <summary>The command-line switch that starts sandbox mode.</summary>
    public const string SandboxSwitch = "--sandbox";

    /// <summary>Whether the arguments ask for sandbox mode.</summary>
    public static bool IsSandboxRequested(IEnumerable<string> args) =>
        args?.Any(a => string.Equals(a, SandboxSwitch, StringComparison.OrdinalIgnoreCase)) ?? false;

    /// <summary>
    /// The arguments without <c>--sandbox</c>: left in, the command-line configuration source would read the
    /// next argument as its value.
    /// </summary>
    public static string[] WithoutSandboxSwitch(IEnumerable<string> args) =>
        [.. (args ?? []).Where(a => !string.Equals(a, SandboxSwitch, StringComparison.OrdinalIgnoreCase))];

    /// <summary>Reads the <c>Sandbox</c> section (<c>Sandbox:Port</c>, <c>Sandbox:StoragePath</c>…) into options.</summary>
    public static SandboxOptions ReadSandboxOptions(this IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new SandboxOptions();
        configuration.GetSection(SandboxOptions.Section).Bind(options);
        return options;
    }
}
