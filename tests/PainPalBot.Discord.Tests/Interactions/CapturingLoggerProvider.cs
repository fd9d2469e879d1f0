using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PainPalBot.Discord.Tests.Interactions;

/// <summary>Keeps every log entry, with the scopes that were open, for assertions.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private readonly AsyncLocal<Scope?> _scope = new();

    /// <summary>The entries so far.</summary>
    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <inheritdoc />
    public void Dispose() { }

    private sealed record Scope(object? State, Scope? Parent);

    private sealed class Logger(CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable BeginScope<TState>(TState state) where TState : notnull
        {
            var parent = owner._scope.Value;
            owner._scope.Value = new Scope(state, parent);
            return new Pop(owner, parent);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            var scopes = new List<KeyValuePair<string, object?>>();
            for (var s = owner._scope.Value; s is not null; s = s.Parent)
            {
                if (s.State is IEnumerable<KeyValuePair<string, object?>> pairs)
                    scopes.AddRange(pairs);
            }
            owner._entries.Enqueue(new CapturedLog(logLevel, formatter(state, exception), [.. properties], scopes, exception));
        }
    }

    private sealed class Pop(CapturingLoggerProvider owner, Scope? parent) : IDisposable
    {
        public void Dispose() => owner._scope.Value = parent;
    }
}
