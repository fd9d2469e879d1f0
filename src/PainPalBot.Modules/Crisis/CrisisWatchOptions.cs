namespace PainPalBot.Modules.Crisis;

/// <summary>Settings for crisis watch (configuration section <c>CrisisWatch</c>).</summary>
public sealed class CrisisWatchOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "CrisisWatch";

    /// <summary>After an alert about a person, no new alert (or DM) about them in that server for this long.</summary>
    public TimeSpan Cooldown { get; set; } = TimeSpan.FromMinutes(30);
}
