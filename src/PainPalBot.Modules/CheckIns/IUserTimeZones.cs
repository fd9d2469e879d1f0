namespace PainPalBot.Modules.CheckIns;

/// <summary>Each person's time zone, so "today" is their local date. Reminders supplies it; UTC otherwise.</summary>
public interface IUserTimeZones
{
    /// <summary>The person's zone, or UTC when they never set one.</summary>
    TimeZoneInfo ZoneOf(ulong userId);
}
