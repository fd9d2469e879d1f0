using System.Globalization;
using System.Runtime.CompilerServices;
using LiteDB;

namespace PainPalBot.Modules.CheckIns;

/// <summary>
/// Teaches LiteDB to store <see cref="DateOnly"/> as <c>yyyy-MM-dd</c> text. LiteDB 5 has no DateOnly
/// support, and its DateTime round-trips through the host's local zone, which would shift a
/// person's local day whenever the server's zone differs from the one the row was written in.
/// ISO text sorts correctly, so range queries and indexes still work.
/// </summary>
internal static class DateOnlyBsonMapping
{
    private const string Format = "yyyy-MM-dd";

    // BsonMapper's registrations are plain dictionaries: register once per mapper, not per store.
    private static readonly ConditionalWeakTable<BsonMapper, object> Registered = new();
    private static readonly Lock Gate = new();

    /// <summary>Registers the mapping on the database's mapper, once.</summary>
    public static void Register(ILiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        lock (Gate)
        {
            if (Registered.TryGetValue(db.Mapper, out _))
                return;
            db.Mapper.RegisterType(
                serialize: d => new BsonValue(d.ToString(Format, CultureInfo.InvariantCulture)),
                deserialize: b => DateOnly.ParseExact(b.AsString, Format, CultureInfo.InvariantCulture));
            Registered.Add(db.Mapper, new object());
        }
    }

    /// <summary>The stored text of a date, for exports.</summary>
    public static string ToText(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);
}
