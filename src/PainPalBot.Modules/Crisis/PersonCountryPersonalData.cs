using System.Globalization;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Crisis;

/// <summary>The country a person asked <c>/crisis</c> to remember.</summary>
public sealed class PersonCountryPersonalData(PersonCountryStore store) : IPersonalData
{
    /// <inheritdoc />
    public string Section => "crisis_country";

    /// <inheritdoc />
    public PersonalDataSection Export(ulong userId)
    {
        IReadOnlyList<IReadOnlyList<string?>> rows = store.Get(userId) is { } c
            ? [[c.Country, c.SetAt.ToString("O", CultureInfo.InvariantCulture)]]
            : [];
        return new PersonalDataSection(Section, ["country", "set_at_utc"], rows);
    }

    /// <inheritdoc />
    public int Delete(ulong userId) => store.Delete(userId);
}
