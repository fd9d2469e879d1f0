using System.Collections.Concurrent;

namespace PainPalBot.Discord.Tests.Interactions.Sample;

/// <summary>What the sample handlers were called with, so tests can check binding.</summary>
public sealed class SampleRecorder
{
    private readonly ConcurrentQueue<(string Handler, object?[] Values)> _calls = new();

    /// <summary>Every call, oldest first.</summary>
    public IReadOnlyList<(string Handler, object?[] Values)> Calls => [.. _calls];

    /// <summary>Records a call.</summary>
    public void Record(string handler, params object?[] values) => _calls.Enqueue((handler, values));

    /// <summary>The values of the single call to <paramref name="handler"/>.</summary>
    public object?[] Single(string handler) => Assert.Single(Calls, c => c.Handler == handler).Values;
}
