using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PainPalBot.Discord.Tests.Gateway;

/// <summary>Keeps every log line so tests can assert what was (and was not) written.</summary>
public sealed class TestLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    /// <summary>Called after each line is kept.</summary>
    public Action? Logged { get; set; }

    /// <summary>Lines so far, oldest first.</summary>
    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        _entries.Enqueue(new LogEntry(logLevel, eventId, formatter(state, exception), exception));
        Logged?.Invoke();
    }
}
