using Microsoft.Extensions.Logging;

namespace PainPalBot.Discord.Tests.Interactions;

/// <summary>One log entry: level, rendered message, template properties and the scopes around it.</summary>
public sealed record CapturedLog(LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> Properties, IReadOnlyList<KeyValuePair<string, object?>> ScopeProperties, Exception? Exception)
{
    /// <summary>A property from the template or a scope.</summary>
    public object? Property(string name) =>
        Properties.Concat(ScopeProperties).FirstOrDefault(p => p.Key == name).Value;

    /// <summary>Everything in the entry as text, for "never logged" checks.</summary>
    public string AllText => string.Join(" | ", [Message, .. Properties.Concat(ScopeProperties).Select(p => $"{p.Key}={p.Value}"), Exception?.ToString() ?? ""]);
}
