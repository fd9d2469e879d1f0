using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Discord.Tests.Rest;

/// <summary>Keeps every formatted log line, at every level, so a test can prove what never reaches a log.</summary>
internal sealed class ListLogger : ILogger<DiscordRestClient>
{
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource Seen)> _waiters = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
                return [.. _lines];
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var line = $"{logLevel}: {formatter(state, exception)} {exception}";
        lock (_lines)
        {
            _lines.Add(line);
            foreach (var (match, seen) in _waiters)
            {
                if (match(line))
                    seen.TrySetResult();
            }
        }
    }

    /// <summary>Completes when a line that matches has been logged (before or after the call).</summary>
    public Task WaitForLineAsync(Func<string, bool> match)
    {
        lock (_lines)
        {
            if (_lines.Any(match))
                return Task.CompletedTask;
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, seen));
            return seen.Task.WaitAsync(TimeSpan.FromSeconds(5));
        }
    }
}
