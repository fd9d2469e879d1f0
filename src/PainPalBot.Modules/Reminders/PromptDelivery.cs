using LiteDB;

namespace PainPalBot.Modules.Reminders;

/// <summary>
/// One scheduled DM for one person's local day. Its key is unique per person, kind and day, so a
/// day's prompt can be claimed once; the nonce is deterministic, so a re-send after a crash is the
/// same message to Discord.
/// </summary>
public sealed record PromptDelivery(
    [property: BsonId] string Key,
    ulong UserId,
    PromptKind Kind,
    DateOnly LocalDate,
    string Nonce,
    DeliveryState State,
    DateTimeOffset ClaimedAt,
    DateTimeOffset? DoneAt);
