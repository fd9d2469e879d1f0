namespace PainPalBot.Discord.Interactions;

/// <summary>What <see cref="InteractionService.ExecuteAsync"/> made of one interaction.</summary>
public sealed class InteractionResult
{
    private static readonly InteractionResult SuccessResult = new(null, null, null);

    private InteractionResult(InteractionCommandError? error, string? errorReason, Exception? exception)
    {
        Error = error;
        ErrorReason = errorReason;
        Exception = exception;
    }

    /// <summary>Whether the handler ran to completion.</summary>
    public bool IsSuccess => Error is null;

    /// <summary>The kind of failure, when it failed.</summary>
    public InteractionCommandError? Error { get; }

    /// <summary>The readable reason shown to the user, when it failed.</summary>
    public string? ErrorReason { get; }

    /// <summary>The exception a handler threw, if any.</summary>
    public Exception? Exception { get; }

    /// <summary>A success.</summary>
    public static InteractionResult FromSuccess() => SuccessResult;

    /// <summary>A failure with the reason shown to the user.</summary>
    public static InteractionResult FromError(InteractionCommandError error, string reason, Exception? exception = null) => new(error, reason, exception);
}
