using Microsoft.Extensions.Logging;

namespace PainPalBot.Discord.Rest;

/// <summary>
/// The REST client's log lines. Every line names the route template (<c>POST /interactions/{interaction_id}/{interaction_token}/callback</c>),
/// never the real path, so interaction tokens and the bot token never reach a log.
/// </summary>
internal static partial class RestLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{RequestMethod} {RequestRoute} answered {StatusCode} in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string requestMethod, string requestRoute, int statusCode, long elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Rate limited on {RequestMethod} {RequestRoute} (scope {RateLimitScope}); retrying in {RetryAfterMs} ms, attempt {Attempt}")]
    public static partial void RateLimited(ILogger logger, string requestMethod, string requestRoute, string rateLimitScope, long retryAfterMs, int attempt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{RequestMethod} {RequestRoute} answered {StatusCode}; retrying in {DelayMs} ms, attempt {Attempt}")]
    public static partial void RetryingServerError(ILogger logger, string requestMethod, string requestRoute, int statusCode, long delayMs, int attempt);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{RequestMethod} {RequestRoute} could not reach Discord ({ErrorType}); retrying in {DelayMs} ms, attempt {Attempt}")]
    public static partial void RetryingTransportError(ILogger logger, string requestMethod, string requestRoute, string errorType, long delayMs, int attempt);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "{RequestMethod} {RequestRoute} waits {DelayMs} ms for its rate-limit bucket")]
    public static partial void WaitingForBucket(ILogger logger, string requestMethod, string requestRoute, long delayMs);

    /// <summary>Logged at the level the caller picks: a 4xx is often an expected outcome (a closed DM) that the caller handles.</summary>
    [LoggerMessage(EventId = 6, Message = "{RequestMethod} {RequestRoute} failed: {StatusCode} code {DiscordCode}")]
    public static partial void Failed(ILogger logger, LogLevel level, string requestMethod, string requestRoute, int statusCode, int? discordCode);
}
