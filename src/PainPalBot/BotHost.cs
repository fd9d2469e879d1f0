using System.Text.RegularExpressions;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainPalBot.Logging;
using PainPalBot.Sandbox;
using Serilog;
using Serilog.Core;

namespace PainPalBot;

/// <summary>Builds and runs the host; turns configuration mistakes into exit code 2 and one line.</summary>
public static partial class BotHost
{
    /// <summary>Exit code for a configuration problem a person must fix.</summary>
    public const int ConfigurationError = 2;

    /// <summary>Where config/appsettings*.json are read from: PAINPAL_CONFIG_DIR, else config/ beside the binary.</summary>
    public static string ConfigDirectory =>
        Environment.GetEnvironmentVariable("PAINPAL_CONFIG_DIR") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "config");

    /// <summary>Creates the application builder with PainPalBot's configuration sources and logger.</summary>
    /// <param name="args">Command-line arguments (<c>--Discord:Token=...</c> style overrides).</param>
    /// <param name="logSink">An extra sink, used by tests to see every log event.</param>
    public static HostApplicationBuilder CreateBuilder(string[] args, ILogEventSink? logSink = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            DisableDefaults = false,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });

        // Replace the defaults so precedence is exactly: config files < environment < command line.
        builder.Configuration.Sources.Clear();
        AddSources(builder.Configuration, args, builder.Environment.EnvironmentName);

        var logging = ReadLoggingOptions(builder.Configuration);
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(SerilogSetup.CreateLogger(logging, logSink), dispose: true);
        builder.Services.AddPainPalBot(builder.Configuration);
        return builder;
    }

    /// <summary>Validates everything that can be checked before start (options, storage), then starts.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter error, Action<HostApplicationBuilder>? configure = null, TextWriter? output = null, CancellationToken ct = default)
    {
        output ??= Console.Out;
        ArgumentNullException.ThrowIfNull(error);
        if (args.Contains(LinkCheckCommand.Switch, StringComparer.Ordinal))
        {
            var config = BuildConfiguration(args.Where(a => a != LinkCheckCommand.Switch).ToArray(), Environments.Production);
            return await LinkCheckCommand.RunAsync(config, output, ct: ct);
        }

        var environmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production;
        if (SandboxHostExtensions.IsSandboxRequested(args) || WantsSandboxByDefault(args, environmentName))
            return await RunSandboxAsync(SandboxHostExtensions.WithoutSandboxSwitch(args), environmentName, output, error, configure, ct);
        return await RunBotAsync(args, error, configure, sandbox: null, ct);
    }

    // Sandbox:WhenNoToken (set by the "try" launch profile the README uses) turns a missing token into the
    // sandbox instead of an error; everywhere else a missing token stops the bot with exit code 2.
    private static bool WantsSandboxByDefault(string[] args, string environmentName)
    {
        var config = BuildConfiguration(args, environmentName);
        return config.GetValue<bool>("Sandbox:WhenNoToken") &&
            string.IsNullOrWhiteSpace(config[$"{Discord.DiscordOptions.Section}:{nameof(Discord.DiscordOptions.Token)}"]);
    }

    private static async Task<int> RunSandboxAsync(string[] args, string environmentName, TextWriter output, TextWriter error, Action<HostApplicationBuilder>? configure, CancellationToken ct)
    {
        SandboxServer sandbox;
        try
        {
            sandbox = await SandboxServer.StartAsync(BuildConfiguration(args, environmentName).ReadSandboxOptions(), ct);
        }
        catch (SandboxStartException e)
        {
            await error.WriteLineAsync(e.Message);
            return ConfigurationError;
        }
        await using (sandbox)
        {
            await output.WriteLineAsync($"No Discord token configured, so this is the sandbox: open {sandbox.OpenUrl} to try PainPalBot (its data: {Path.GetFullPath(sandbox.Options.StoragePath)}; set Discord__Token to join Discord).");
            return await RunBotAsync([.. args, .. sandbox.BotArguments], error, configure, sandbox, ct);
        }
    }

    private static async Task<int> RunBotAsync(string[] args, TextWriter error, Action<HostApplicationBuilder>? configure, SandboxServer? sandbox, CancellationToken ct)
    {
        IHost host;
        try
        {
            var builder = CreateBuilder(args);
            if (sandbox is not null)
                builder.UseSandbox(sandbox);
            configure?.Invoke(builder);
            host = builder.Build();
            ValidateBeforeStart(host.Services);
        }
        catch (Exception e) when (DescribeStartupProblem(e) is { } line)
        {
            await error.WriteLineAsync(line);
            return ConfigurationError;
        }

        var worker = host.Services.GetRequiredService<BotWorker>();
        using (host)
        {
            await host.RunAsync(ct);
        }
        return worker.ExitCode;
    }

    /// <summary>Runs the start-time validations (ValidateOnStart options and opening storage) so their failures are reported before anything starts.</summary>
    public static void ValidateBeforeStart(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.GetRequiredService<IStartupValidator>().Validate();
        services.GetRequiredService<ILiteDatabase>();
        foreach (var store in services.GetRequiredService<Storage.StoreWarmup>().StoreTypes)
            services.GetRequiredService(store);
    }

    /// <summary>Turns a start-up failure into one line naming the setting, or null when it is a bug (then it propagates with its stack trace).</summary>
    public static string? DescribeStartupProblem(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e)
        {
            case StartupException s:
                return s.Message;
            case SandboxStartException s:
                return s.Message;
            case OptionsValidationException o:
                return string.Join(" ", o.Failures);
            case AggregateException a when a.InnerExceptions.Count > 0:
                return string.Join(" ", a.InnerExceptions.Select(DescribeStartupProblem).Where(l => l is not null));
            case InvalidOperationException when ConversionFailure().Match(e.Message) is { Success: true } m:
                var key = m.Groups["key"].Value;
                return $"{key} has a value that is not valid (expected {Expected(m.Groups["type"].Value)}). Fix it in config/appsettings.json or the environment variable {key.Replace(":", "__", StringComparison.Ordinal)}.";
            default:
                return e.InnerException is { } inner ? DescribeStartupProblem(inner) : null;
        }
    }

    /// <summary>The configuration alone (for commands that run no bot, such as <c>--check-links</c>).</summary>
    public static IConfiguration BuildConfiguration(string[] args, string environmentName)
    {
        var config = new ConfigurationManager();
        AddSources(config, args, Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? environmentName);
        return config;
    }

    private static void AddSources(IConfigurationBuilder config, string[] args, string environmentName)
    {
        var configDir = ConfigDirectory;
        config
            .AddJsonFile(Path.Combine(configDir, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(configDir, $"appsettings.{environmentName}.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine(args);
    }

    private static LoggingOptions ReadLoggingOptions(ConfigurationManager config)
    {
        var section = config.GetSection(LoggingOptions.Section);
        LoggingOptions options;
        try
        {
            options = section.Get<LoggingOptions>() ?? new LoggingOptions();
        }
        catch (InvalidOperationException e) when (DescribeStartupProblem(e) is { } line)
        {
            throw new StartupException(line + " Levels are Verbose, Debug, Information, Warning, Error or Fatal.", e);
        }
        if (options.Format is not ("text" or "json"))
            throw new StartupException($"Logging:Format must be \"text\" or \"json\", not \"{options.Format}\". Set it in config/appsettings.json or the environment variable Logging__Format.");
        if (options.RetainedFileDays < 1)
            throw new StartupException("Logging:RetainedFileDays must be 1 or more (env Logging__RetainedFileDays).");
        return options;
    }

    private static string Expected(string type) => type switch
    {
        "System.UInt64" or "System.Int32" or "System.Int64" => "a whole number",
        "System.Boolean" => "true or false",
        "System.Uri" => "an absolute URL",
        "System.TimeSpan" => "a duration like 00:00:30",
        _ when type.StartsWith("Serilog.Events.LogEventLevel", StringComparison.Ordinal) => "a log level",
        _ => "a value of type " + type,
    };

    [GeneratedRegex(@"Failed to convert configuration value (?:'[^']*' )?at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionFailure();
}
