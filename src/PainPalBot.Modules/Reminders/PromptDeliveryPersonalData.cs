using System.Globalization;
using PainPalBot.Modules.CheckIns;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Reminders;

/// <summary>The ledger of prompts sent to a person (which day, when, how it went), for export and deletion.</summary>
public sealed class PromptDeliveryPersonalData(ReminderStore store) : IPersonalData
{
    /// <inheritdoc />
    public string Section => "prompt_deliveries";

    /// <inheritdoc />
    public PersonalDataSection Export(ulong userId) => new(
        Section,
        ["key", "user_id", "kind", "local_date", "nonce", "state", "claimed_at_utc", "done_at_utc"],
        [.. store.DeliveriesFor(userId).Select(d => (IReadOnlyList<string?>)
        [
            d.Key,
            d.UserId.ToString(CultureInfo.InvariantCulture),
            d.Kind.ToString(),
            DateOnlyBsonMapping.ToText(d.LocalDate),
            d.Nonce,
            d.State.ToString(),
            d.ClaimedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            d.DoneAt?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        ])]);

    /// <inheritdoc />
    public int Delete(ulong userId) => store.DeleteDeliveries(userId);
}
