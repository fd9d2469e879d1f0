namespace PainPalBot.Discord.Gateway;

/// <summary>Gateway close event codes (topics/opcodes-and-status-codes#gateway-close-event-codes).</summary>
public static class GatewayCloseCodes
{
    /// <summary>Unknown error; reconnect.</summary>
    public const int UnknownError = 4000;

    /// <summary>An invalid opcode was sent; reconnect.</summary>
    public const int UnknownOpcode = 4001;

    /// <summary>An invalid or over-long payload was sent; reconnect.</summary>
    public const int DecodeError = 4002;

    /// <summary>A payload was sent before identifying; reconnect.</summary>
    public const int NotAuthenticated = 4003;

    /// <summary>The token is wrong. Fatal.</summary>
    public const int AuthenticationFailed = 4004;

    /// <summary>More than one identify; reconnect.</summary>
    public const int AlreadyAuthenticated = 4005;

    /// <summary>The resume sequence was invalid; reconnect with a new session.</summary>
    public const int InvalidSeq = 4007;

    /// <summary>Payloads were sent too fast; reconnect.</summary>
    public const int RateLimited = 4008;

    /// <summary>The session timed out; reconnect with a new session.</summary>
    public const int SessionTimedOut = 4009;

    /// <summary>An invalid shard was sent when identifying. Fatal.</summary>
    public const int InvalidShard = 4010;

    /// <summary>The session would have handled too many guilds; sharding is required. Fatal.</summary>
    public const int ShardingRequired = 4011;

    /// <summary>An invalid API version was asked for. Fatal.</summary>
    public const int InvalidApiVersion = 4012;

    /// <summary>Invalid intents were sent. Fatal.</summary>
    public const int InvalidIntents = 4013;

    /// <summary>A privileged intent is not enabled or approved for the app. Fatal.</summary>
    public const int DisallowedIntents = 4014;

    /// <summary>Whether the client may reconnect after this close code (everything but 4004 and 4010–4014).</summary>
    public static bool CanReconnect(int closeCode) =>
        closeCode is not (AuthenticationFailed or InvalidShard or ShardingRequired or InvalidApiVersion or InvalidIntents or DisallowedIntents);

    /// <summary>Whether reconnecting needs a new session (identify) rather than a resume.</summary>
    public static bool NeedsNewSession(int closeCode) => closeCode is InvalidSeq or SessionTimedOut;
}
