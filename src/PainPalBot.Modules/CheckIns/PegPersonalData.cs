using System.Globalization;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.CheckIns;

/// <summary>Every PEG-3 a person answered, and their PEG-3 opt-in, for export and deletion.</summary>
public sealed class PegPersonalData(CheckInStore store) : IPersonalData
{
    /// <inheritdoc />
    public string Section => "peg_check_ins";

    /// <inheritdoc />
    public PersonalDataSection Export(ulong userId)
    {
        var rows = new List<IReadOnlyList<string?>>();
        if (store.Preferences(userId) is { } preferences)
        {
            rows.Add(["preference", userId.ToString(CultureInfo.InvariantCulture), null, Utc(preferences.UpdatedAt), null, null, null, null,
                preferences.PegOptIn ? "opted_in" : "opted_out"]);
        }
        rows.AddRange(store.PegsForUser(userId).Select(p => (IReadOnlyList<string?>)
        [
            p.Id.ToString(),
            p.UserId.ToString(CultureInfo.InvariantCulture),
            DateOnlyBsonMapping.ToText(p.LocalDate),
            Utc(p.At),
            p.AveragePain.ToString(CultureInfo.InvariantCulture),
            p.Enjoyment.ToString(CultureInfo.InvariantCulture),
            p.Activity.ToString(CultureInfo.InvariantCulture),
            p.Score.ToString("0.0", CultureInfo.InvariantCulture),
            null,
        ]));
        return new PersonalDataSection(Section, ["id", "user_id", "local_date", "at_utc", "average_pain", "enjoyment", "activity", "score", "opt_in"], rows);
    }

    /// <inheritdoc />
    public int Delete(ulong userId) => store.DeletePegs(userId) + store.DeletePreferences(userId);

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
