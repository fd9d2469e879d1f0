using Microsoft.Extensions.Logging;

namespace PainPalBot.Modules.Tests.Support;

/// <summary>One captured log entry.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> Values, Exception? Exception);
