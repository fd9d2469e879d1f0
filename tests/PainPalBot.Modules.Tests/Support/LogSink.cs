using System.Collections.Concurrent;

namespace PainPalBot.Modules.Tests.Support;

/// <summary>Every log entry written through <see cref="CapturingLogger{T}"/>: the rendered line and its structured values.</summary>
public sealed class LogSink
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public void Add(LogEntry entry) => _entries.Enqueue(entry);
}
