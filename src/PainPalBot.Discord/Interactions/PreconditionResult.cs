namespace PainPalBot.Discord.Interactions;

/// <summary>The verdict of a <see cref="PreconditionAttribute"/>: success, or a readable reason shown to the user.</summary>
public sealed class PreconditionResult
{
    private static readonly PreconditionResult SuccessResult = new(null);

    private PreconditionResult(string? errorReason) => ErrorReason = errorReason;

    /// <summary>Whether the precondition was met.</summary>
    public bool IsSuccess => ErrorReason is null;

    /// <summary>Why not, in a sentence a member can act on.</summary>
    public string? ErrorReason { get; }

    /// <summary>The precondition is met.</summary>
    public static PreconditionResult FromSuccess() => SuccessResult;

    /// <summary>The precondition is not met; <paramref name="reason"/> is shown to the user.</summary>
    public static PreconditionResult FromError(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new PreconditionResult(reason);
    }
}
