namespace PainPalBot.Modules.Reminders;

/// <summary>What one run of the prompt job did, counted (no personal data).</summary>
public sealed record PromptRunReport
{
    /// <summary>Prompts and summaries sent for the first time.</summary>
    public int Sent { get; init; }

    /// <summary>Claimed-but-unconfirmed deliveries re-sent with their original nonce.</summary>
    public int Resent { get; init; }

    /// <summary>Prompts skipped because the person already checked in that day.</summary>
    public int SkippedCheckedIn { get; init; }

    /// <summary>Prompts older than the catch-up window, skipped and advanced.</summary>
    public int SkippedStale { get; init; }

    /// <summary>Prompts whose day was already claimed (advanced without sending).</summary>
    public int AlreadyClaimed { get; init; }

    /// <summary>DMs refused with 50007; those people are paused.</summary>
    public int DmsClosed { get; init; }

    /// <summary>Old claims given up rather than risk a duplicate.</summary>
    public int Abandoned { get; init; }

    /// <summary>True when a send failed and the run stopped early (the claim is retried next run).</summary>
    public bool Interrupted { get; init; }
}
