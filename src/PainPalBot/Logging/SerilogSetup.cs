using Serilog;
using Serilog.Core;
using Serilog.Formatting.Compact;

namespace PainPalBot.Logging;

/// <summary>Builds the host's Serilog logger from <see cref="LoggingOptions"/>, with the health-data scrubbing policy always on.</summary>
public static class SerilogSetup
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>Creates the logger; <paramref name="extraSink"/> lets tests capture every event.</summary>
    public static Logger CreateLogger(LoggingOptions options, ILogEventSink? extraSink = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new LoggerConfiguration()
            .MinimumLevel.Is(options.Level)
            .Enrich.FromLogContext()
            .Enrich.With<HealthDataScrubbingEnricher>()
            .Destructure.With<HealthDataDestructuringPolicy>();
        foreach (var (source, level) in options.Overrides)
            config.MinimumLevel.Override(source, level);

        var json = string.Equals(options.Format, "json", StringComparison.OrdinalIgnoreCase);
        if (json)
            config.WriteTo.Console(new CompactJsonFormatter());
        else
            config.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);

        if (!string.IsNullOrWhiteSpace(options.File))
        {
            if (json)
                config.WriteTo.File(new CompactJsonFormatter(), options.File, rollingInterval: RollingInterval.Day, retainedFileCountLimit: options.RetainedFileDays);
            else
                config.WriteTo.File(options.File, outputTemplate: TextTemplate, rollingInterval: RollingInterval.Day, retainedFileCountLimit: options.RetainedFileDays, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }

        if (extraSink is not null)
            config.WriteTo.Sink(extraSink);
        return config.CreateLogger();
    }
}
