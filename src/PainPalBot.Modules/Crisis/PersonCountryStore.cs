using System.Globalization;
using LiteDB;

namespace PainPalBot.Modules.Crisis;

/// <summary>People's own helpline country, in LiteDB, one document per person.</summary>
public sealed class PersonCountryStore
{
    private readonly ILiteCollection<PersonCountry> _countries;

    /// <summary>Opens the collection.</summary>
    public PersonCountryStore(ILiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _countries = db.GetCollection<PersonCountry>("person_countries");
    }

    /// <summary>The person's country code, or null when they never chose one.</summary>
    public string? Find(ulong userId) => _countries.FindById(Key(userId))?.Country;

    /// <summary>Remembers the person's country.</summary>
    public void Save(ulong userId, string country, DateTimeOffset at) =>
        _countries.Upsert(new PersonCountry { Key = Key(userId), UserId = userId, Country = country, SetAt = at });

    /// <summary>The stored record, for export.</summary>
    public PersonCountry? Get(ulong userId) => _countries.FindById(Key(userId));

    /// <summary>Forgets the person's country; returns how many records (0 or 1).</summary>
    public int Delete(ulong userId) => _countries.Delete(Key(userId)) ? 1 : 0;

    private static string Key(ulong userId) => userId.ToString(CultureInfo.InvariantCulture);
}
