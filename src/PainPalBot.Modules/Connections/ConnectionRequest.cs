namespace PainPalBot.Modules.Connections;

/// <summary>A request to connect, sent by DM under an opaque token.</summary>
public sealed record ConnectionRequest
{
    /// <summary>The opaque token used in the DM's buttons; the document key.</summary>
    public string Id { get; init; } = "";

    /// <summary>The server both are in.</summary>
    public ulong GuildId { get; init; }

    /// <summary>Who asked.</summary>
    public ulong FromUserId { get; init; }

    /// <summary>Who was asked.</summary>
    public ulong ToUserId { get; init; }

    /// <summary>Where it is.</summary>
    public ConnectionRequestStatus Status { get; init; }

    /// <summary>When it was sent.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was answered (or expired).</summary>
    public DateTimeOffset? AnsweredAt { get; init; }
}
