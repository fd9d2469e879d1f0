using System.ComponentModel.DataAnnotations;

namespace PainPalBot.Discord;

/// <summary>The <c>Discord</c> configuration section.</summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Discord";

    /// <summary>The bot token from the developer portal. Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>The application id; read from <c>/applications/@me</c> when not set.</summary>
    public ulong? ApplicationId { get; set; }

    /// <summary>Discord's REST base URL; tests and Discord-compatible servers replace it.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>When set, commands are registered to this guild only (instant updates while developing).</summary>
    public ulong? DevGuildId { get; set; }

    /// <summary>Requests per second across all routes (Discord's default global limit is 50).</summary>
    [Range(1, 10_000)]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>Whether to ask for the privileged MESSAGE_CONTENT intent (needed only by features that read message text).</summary>
    public bool MessageContentIntent { get; set; }

    /// <summary>Shard id and count; one shard serves up to 2,500 guilds.</summary>
    public int ShardId { get; set; }

    /// <summary>Total shard count.</summary>
    [Range(1, 4096)]
    public int ShardCount { get; set; } = 1;

    /// <summary>How often a request that is safe to repeat (GET, PUT, DELETE, a create with an enforced nonce) is retried after a 5xx or a network failure.</summary>
    [Range(0, 10)]
    public int RestMaxRetries { get; set; } = 3;

    /// <summary>The first backoff before such a retry; it doubles each time.</summary>
    public TimeSpan RestRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often one request is retried after a 429 before it fails; bounded so a misbehaving limit never becomes a loop.</summary>
    [Range(0, 20)]
    public int RestMaxRateLimitRetries { get; set; } = 5;

    /// <summary>How long one HTTP attempt may take.</summary>
    public TimeSpan RestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
