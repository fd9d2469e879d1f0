using LiteDB;

namespace PainPalBot.Modules.Connections;

/// <summary>
/// Keeps a pair apart in every server, both ways. It belongs to <see cref="OwnerId"/> (who blocked or declined): it is
/// deleted with the owner's data, and kept when the other person deletes theirs, because it protects the owner.
/// </summary>
public sealed record ConnectionBarrier
{
    /// <summary>The barrier's id.</summary>
    public ObjectId Id { get; init; } = ObjectId.Empty;

    /// <summary>Who blocked or declined.</summary>
    public ulong OwnerId { get; init; }

    /// <summary>The other person (never exported: the owner may never have learnt who it was).</summary>
    public ulong OtherId { get; init; }

    /// <summary>Block or decline.</summary>
    public ConnectionBarrierKind Kind { get; init; }

    /// <summary>When it was set.</summary>
    public DateTimeOffset At { get; init; }
}
