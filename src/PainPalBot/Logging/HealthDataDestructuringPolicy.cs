using System.Diagnostics.CodeAnalysis;
using PainPalBot.Modules.Privacy;
using Serilog.Core;
using Serilog.Events;

namespace PainPalBot.Logging;

/// <summary>Renders every <see cref="IHealthData"/> value as <c>[health data]</c> when a template destructures it (<c>{@CheckIn}</c>).</summary>
public sealed class HealthDataDestructuringPolicy : IDestructuringPolicy
{
    /// <summary>What a health-data value becomes in the log.</summary>
    public const string Redacted = "[health data]";

    /// <inheritdoc />
    public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, [NotNullWhen(true)] out LogEventPropertyValue? result)
    {
        if (value is IHealthData)
        {
            result = new ScalarValue(Redacted);
            return true;
        }
        result = null;
        return false;
    }
}
