using System.Globalization;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.CheckIns;

/// <summary>Every check-in a person logged, for export and deletion.</summary>
public sealed class CheckInPersonalData(CheckInStore store) : IPersonalData
{
    /// <inheritdoc />
    public string Section => "check_ins";

    /// <inheritdoc />
    public PersonalDataSection Export(ulong userId) => new(
        Section,
        ["id", "user_id", "local_date", "at_utc", "pain", "mood", "energy", "sleep", "note", "updated_at_utc"],
        [.. store.ForUser(userId).Select(c => (IReadOnlyList<string?>)
        [
            c.Id.ToString(),
            c.UserId.ToString(CultureInfo.InvariantCulture),
            DateOnlyBsonMapping.ToText(c.LocalDate),
            c.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            c.Pain.ToString(CultureInfo.InvariantCulture),
            c.Mood?.ToString(CultureInfo.InvariantCulture),
            c.Energy?.ToString(CultureInfo.InvariantCulture),
            c.Sleep?.ToString(CultureInfo.InvariantCulture),
            c.Note,
            c.UpdatedAt?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        ])]);

    /// <inheritdoc />
    public int Delete(ulong userId) => store.DeleteCheckIns(userId);
}
