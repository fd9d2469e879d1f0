using Microsoft.Extensions.Logging;

namespace PainPalBot.Modules.Tests.Support;

/// <summary>An <see cref="ILogger{T}"/> that records into a <see cref="LogSink"/>.</summary>
public sealed class CapturingLogger<T>(LogSink sink) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        sink.Add(new LogEntry(typeof(T).Name, logLevel, formatter(state, exception), [.. values], exception));
    }
}
