namespace PainPalBot.Modules.Reminders;

/// <summary>Daily prompt settings, bound from the <c>Reminders</c> configuration section.</summary>
public sealed class ReminderOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Reminders";

    /// <summary>How often the prompt job looks for due prompts.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Prompts missed while the bot was down are still sent if at most this late; older ones are skipped.</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(3);

    /// <summary>
    /// A claimed prompt not known to be sent is re-sent with the same nonce only within this time of its
    /// claim; Discord de-duplicates nonces only "in the past few minutes", so older claims are given up.
    /// </summary>
    public TimeSpan ResendWindow { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Skip the day's prompt when the person already checked in that local day.</summary>
    public bool SkipIfCheckedIn { get; set; } = true;

    /// <summary>The most prompts one run of the job handles; the rest wait for the next run.</summary>
    public int BatchSize { get; set; } = 10_000;

    /// <summary>
    /// Prompts claimed together and then sent together. Small enough that a chunk is sent well inside
    /// <see cref="ResendWindow"/> (50 a chunk is one second of Discord's global limit).
    /// </summary>
    public int SendChunkSize { get; set; } = 50;

    /// <summary>DMs in flight at once; the REST client's rate limiter keeps the pace Discord allows.</summary>
    public int MaxParallelSends { get; set; } = 16;

    /// <summary>The day the opt-in weekly summary is sent, at the person's prompt time.</summary>
    public DayOfWeek WeeklySummaryDay { get; set; } = DayOfWeek.Sunday;

    /// <summary>How long delivery records (the once-per-day ledger) are kept.</summary>
    public int DeliveryRetentionDays { get; set; } = 14;
}
