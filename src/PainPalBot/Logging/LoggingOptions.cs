using Serilog.Events;

namespace PainPalBot.Logging;

/// <summary>The <c>Logging</c> configuration section, read before the host starts so even start-up errors are logged as configured.</summary>
public sealed class LoggingOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Logging";

    /// <summary><c>text</c> (human-readable) or <c>json</c> (compact JSON, one event per line).</summary>
    public string Format { get; set; } = "text";

    /// <summary>The minimum level: Verbose, Debug, Information, Warning, Error or Fatal.</summary>
    public LogEventLevel Level { get; set; } = LogEventLevel.Information;

    /// <summary>Per-namespace minimum levels, e.g. <c>"Quartz": "Warning"</c>.</summary>
    public Dictionary<string, LogEventLevel> Overrides { get; set; } = new(StringComparer.Ordinal)
    {
        ["Microsoft"] = LogEventLevel.Warning,
        ["Quartz"] = LogEventLevel.Warning,
    };

    /// <summary>Optional rolling log file, e.g. <c>logs/painpal-.log</c> (one file a day).</summary>
    public string? File { get; set; }

    /// <summary>Days of log files kept.</summary>
    public int RetainedFileDays { get; set; } = 14;
}
