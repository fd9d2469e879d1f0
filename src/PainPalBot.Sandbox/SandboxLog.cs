using Microsoft.Extensions.Logging;

namespace PainPalBot.Sandbox;

/// <summary>The sandbox's log lines. Never message text: the sandbox carries pretend health data too.</summary>
internal static partial class SandboxLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox could not read the bot's {RequestMethod} {RequestRoute}")]
    public static partial void ObserveFailed(ILogger logger, string requestMethod, string requestRoute, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bot did not answer interaction {InteractionId} within {TimeoutSeconds} s")]
    public static partial void InteractionUnanswered(ILogger logger, ulong interactionId, double timeoutSeconds);

    // The bare page, never OpenUrl: a log line must not carry the run's key.
    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox ready at {PageUrl} (opened with the key in the address printed at start; Discord stand-in at {ApiBaseUrl})")]
    public static partial void Ready(ILogger logger, Uri pageUrl, Uri apiBaseUrl);
}
