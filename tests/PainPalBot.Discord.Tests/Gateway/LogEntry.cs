using Microsoft.Extensions.Logging;

namespace PainPalBot.Discord.Tests.Gateway;

/// <summary>One captured log line.</summary>
public sealed record LogEntry(LogLevel Level, EventId EventId, string Message, Exception? Exception);
