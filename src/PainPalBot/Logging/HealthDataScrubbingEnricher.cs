using PainPalBot.Modules.Privacy;
using Serilog.Core;
using Serilog.Events;

namespace PainPalBot.Logging;

/// <summary>
/// A last line of defence: replaces any captured property whose value is still an
/// <see cref="IHealthData"/> object (e.g. from a custom sink or a scalar capture) with <c>[health data]</c>.
/// </summary>
public sealed class HealthDataScrubbingEnricher : ILogEventEnricher
{
    /// <inheritdoc />
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        List<string>? redact = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: IHealthData })
                (redact ??= []).Add(name);
        }
        if (redact is null) return;
        foreach (var name in redact)
            logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(HealthDataDestructuringPolicy.Redacted)));
    }
}
