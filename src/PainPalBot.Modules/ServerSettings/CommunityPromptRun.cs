using LiteDB;
using PainPalBot.Modules.Reminders;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>
/// The ledger row of one occurrence of a community prompt: claimed before the post, marked after it. Its key
/// (prompt id and local date) is unique, so an occurrence is never claimed twice; the nonce makes a retried
/// post the message already sent.
/// </summary>
public sealed record CommunityPromptRun
{
    /// <summary>The prompt id and local date, e.g. <c>65a…:2026-11-25</c>.</summary>
    [BsonId]
    public string Key { get; init; } = "";

    /// <summary>The prompt.</summary>
    public ObjectId PromptId { get; init; } = ObjectId.Empty;

    /// <summary>The server.</summary>
    public ulong GuildId { get; init; }

    /// <summary>Where it is posted.</summary>
    public ulong ChannelId { get; init; }

    /// <summary>What is posted, fixed at the claim.</summary>
    public string Text { get; init; } = "";

    /// <summary>The occurrence's local date (yyyy-MM-dd).</summary>
    public string LocalDate { get; init; } = "";

    /// <summary>The nonce sent with <c>enforce_nonce</c> (at most 25 characters).</summary>
    public string Nonce { get; init; } = "";

    /// <summary>Claimed, sent or abandoned.</summary>
    public DeliveryState State { get; init; }

    /// <summary>When the occurrence was claimed.</summary>
    public DateTimeOffset ClaimedAt { get; init; }

    /// <summary>When it was sent or given up.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
}
