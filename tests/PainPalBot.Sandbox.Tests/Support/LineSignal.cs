namespace PainPalBot.Sandbox.Tests.Support;

/// <summary>A console stand-in that hands over the first line written to it, so a test waits for it rather than polls.</summary>
public sealed class LineSignal : StringWriter
{
    private readonly TaskCompletionSource<string> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The first line written.</summary>
    public Task<string> FirstLine => _first.Task;

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        base.WriteLine(value);
        _first.TrySetResult(value ?? "");
    }

    /// <inheritdoc />
    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }
}
