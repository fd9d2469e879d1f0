using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace PainPalBot.Tests;

/// <summary>A Serilog sink that keeps every event as the console would print it, in text and in JSON.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    private readonly List<(Func<LogEvent, bool> Match, TaskCompletionSource Done)> _waiters = [];

    public void Emit(LogEvent logEvent)
    {
        _events.Enqueue(logEvent);
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Match(logEvent)).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Completes when an event matching <paramref name="match"/> has been logged (before or after the call).</summary>
    public Task WaitForAsync(Func<LogEvent, bool> match, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            if (_events.Any(match)) return Task.CompletedTask;
            _waiters.Add((match, done));
        }
        return done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
    }

    /// <summary>Completes when a message containing <paramref name="text"/> has been logged.</summary>
    public Task WaitForMessageAsync(string text, TimeSpan? timeout = null) =>
        WaitForAsync(e => e.MessageTemplate.Text.Contains(text, StringComparison.Ordinal), timeout);

    /// <summary>Every event rendered as text and as compact JSON (with all properties), one string per event.</summary>
    public IReadOnlyList<string> Rendered()
    {
        var formatter = new CompactJsonFormatter();
        return _events.Select(e =>
        {
            using var json = new StringWriter(CultureInfo.InvariantCulture);
            formatter.Format(e, json);
            return e.RenderMessage(CultureInfo.InvariantCulture) + "\n" + json + "\n" + e.Exception;
        }).ToList();
    }

    /// <summary>All the output in one string, for "does not contain" checks.</summary>
    public string AllText() => string.Join("\n", Rendered());
}
