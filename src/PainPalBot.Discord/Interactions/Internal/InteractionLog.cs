using Microsoft.Extensions.Logging;

namespace PainPalBot.Discord.Interactions;

/// <summary>
/// Every log line of the interaction framework. Ids, command names and custom-id patterns only:
/// option values, typed text and actual custom ids can carry health data and are never logged.
/// </summary>
internal static partial class InteractionLog
{
    [LoggerMessage(1, LogLevel.Warning, "Interaction {InteractionId} ({InteractionType}) matched no handler")]
    public static partial void UnknownHandler(ILogger logger, ulong interactionId, string interactionType);

    [LoggerMessage(2, LogLevel.Information, "Interaction {InteractionId} for {CommandName} stopped by precondition {Precondition}")]
    public static partial void PreconditionFailed(ILogger logger, ulong interactionId, string commandName, string precondition);

    [LoggerMessage(3, LogLevel.Warning, "Interaction {InteractionId} for {CommandName} refused: parameter {ParameterName} {BindError}")]
    public static partial void BindFailed(ILogger logger, ulong interactionId, string commandName, string parameterName, string bindError);

    [LoggerMessage(4, LogLevel.Error, "Interaction {InteractionId} for {CommandName} failed in its handler")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, ulong interactionId, string commandName);

    [LoggerMessage(5, LogLevel.Information, "Interaction {InteractionId} deferred by the framework (handler still running)")]
    public static partial void AutoDeferred(ILogger logger, ulong interactionId);

    [LoggerMessage(6, LogLevel.Warning, "Interaction {InteractionId} is unknown to Discord (10062, expired or answered elsewhere); reply dropped")]
    public static partial void UnknownInteraction(ILogger logger, ulong interactionId);

    [LoggerMessage(7, LogLevel.Warning, "Interaction {InteractionId} was already acknowledged (40060)")]
    public static partial void AlreadyAcknowledged(ILogger logger, ulong interactionId);

    [LoggerMessage(8, LogLevel.Warning, "Interaction {InteractionId} for {CommandName}: handler returned without answering")]
    public static partial void NoResponse(ILogger logger, ulong interactionId, string commandName);

    [LoggerMessage(9, LogLevel.Warning, "Interaction {InteractionId}: the error reply could not be sent")]
    public static partial void ErrorReplyFailed(ILogger logger, Exception exception, ulong interactionId);

    [LoggerMessage(10, LogLevel.Information, "Registered {CommandCount} application commands ({RegistrationScope})")]
    public static partial void CommandsRegistered(ILogger logger, int commandCount, string registrationScope);

    [LoggerMessage(11, LogLevel.Information, "Application commands unchanged ({RegistrationScope}); registration skipped")]
    public static partial void RegistrationSkipped(ILogger logger, string registrationScope);

    [LoggerMessage(12, LogLevel.Warning, "Interaction {InteractionId}: autocomplete for {CommandName} failed: {Reason}")]
    public static partial void AutocompleteFailed(ILogger logger, ulong interactionId, string commandName, string reason);

    [LoggerMessage(13, LogLevel.Error, "Interaction {InteractionId}: autocomplete for {CommandName} threw")]
    public static partial void AutocompleteThrew(ILogger logger, Exception exception, ulong interactionId, string commandName);

    [LoggerMessage(14, LogLevel.Warning, "Interaction {InteractionId}: the public deferred response could not be removed before a private reply")]
    public static partial void DeleteDeferredFailed(ILogger logger, Exception exception, ulong interactionId);

    [LoggerMessage(15, LogLevel.Warning, "Interaction {InteractionId}: observer {Observer} failed")]
    public static partial void ObserverFailed(ILogger logger, Exception exception, ulong interactionId, string observer);
}
