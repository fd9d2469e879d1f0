using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PainPalBot.Modules.Tests.Stories;

/// <summary>Keeps every log line of every logger it made, with the values of all its named holes, so a test can prove what never reaches a log.</summary>
public sealed class LogSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger<T> For<T>() => new SinkLogger<T>(this);

    /// <summary>Everything logged, as one string for "does not contain" checks.</summary>
    public string AllText() => string.Join('\n', _lines);

    private sealed class SinkLogger<T>(LogSink sink) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : "";
            sink._lines.Enqueue($"{logLevel} {typeof(T).Name}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}
