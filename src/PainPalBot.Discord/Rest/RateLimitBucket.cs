namespace PainPalBot.Discord.Rest;

/// <summary>
/// One Discord rate-limit bucket (a route, or routes sharing an <c>X-RateLimit-Bucket</c> hash, for
/// one major parameter). Requests hold <see cref="Gate"/> from first wait to last retry, so they
/// leave in the order they came and a message posted second never overtakes the first.
/// </summary>
internal sealed class RateLimitBucket
{
    /// <summary>FIFO gate: SemaphoreSlim releases async waiters in arrival order.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Requests Discord still allows in this window; null until a response says.</summary>
    public int? Remaining { get; set; }

    /// <summary>When the window resets, as a <see cref="TimeProvider"/> timestamp.</summary>
    public long ResetAt { get; set; }

    /// <summary>Requests currently using the bucket (guarded by the client's bucket lock); idle buckets are pruned.</summary>
    public int Users { get; set; }

    /// <summary>Last time a request let go of the bucket, as a timestamp.</summary>
    public long LastUsed { get; set; }
}
