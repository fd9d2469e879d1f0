using PainPalBot.Modules.CheckIns;

namespace PainPalBot.Modules.Reminders;

/// <summary>Each person's zone from their reminder settings, so check-ins and history use their local day.</summary>
public sealed class ReminderTimeZones(ReminderStore store) : IUserTimeZones
{
    /// <inheritdoc />
    public TimeZoneInfo ZoneOf(ulong userId) => TimeZoneCatalog.FindOrUtc(store.Find(userId)?.TimeZoneId);
}
