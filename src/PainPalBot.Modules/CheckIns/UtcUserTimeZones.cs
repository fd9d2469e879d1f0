namespace PainPalBot.Modules.CheckIns;

/// <summary>The fallback when reminders are not registered: everyone's day is the UTC day.</summary>
public sealed class UtcUserTimeZones : IUserTimeZones
{
    /// <inheritdoc />
    public TimeZoneInfo ZoneOf(ulong userId) => TimeZoneInfo.Utc;
}
