namespace PainPalBot.Options;

/// <summary>The <c>Scheduling</c> configuration section: how the Quartz scheduler runs.</summary>
public sealed class SchedulingOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Scheduling";

    /// <summary>How many jobs may run at once.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How long shutdown waits for running jobs before giving up.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
