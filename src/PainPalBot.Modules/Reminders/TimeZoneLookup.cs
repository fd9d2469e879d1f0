namespace PainPalBot.Modules.Reminders;

/// <summary>The result of reading a time zone name: the zone, or up to three suggestions.</summary>
public sealed record TimeZoneLookup(TimeZoneInfo? Zone, IReadOnlyList<string> Suggestions)
{
    /// <summary>True when the name was understood.</summary>
    public bool Found => Zone is not null;
}
