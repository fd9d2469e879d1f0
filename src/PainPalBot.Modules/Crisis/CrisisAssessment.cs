namespace PainPalBot.Modules.Crisis;

/// <summary>
/// The detector's verdict on one message. It deliberately carries no text from the message,
/// so it can be passed around (and counted) without leaking what the person wrote.
/// </summary>
/// <param name="IsCrisis">True when the score reaches the configured alert threshold.</param>
/// <param name="Score">Risk from 0 (none) to 1.</param>
/// <param name="Category">The strongest kind of risk language found, or <see cref="CrisisCategory.None"/>.</param>
public readonly record struct CrisisAssessment(bool IsCrisis, double Score, CrisisCategory Category)
{
    /// <summary>The verdict for a message with no risk language.</summary>
    public static CrisisAssessment None => new(false, 0, CrisisCategory.None);
}
