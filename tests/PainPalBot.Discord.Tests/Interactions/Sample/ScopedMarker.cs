namespace PainPalBot.Discord.Tests.Interactions.Sample;

/// <summary>A scoped service: each interaction gets its own.</summary>
public sealed class ScopedMarker
{
    /// <summary>A unique id per instance.</summary>
    public Guid Id { get; } = Guid.NewGuid();
}
