namespace PainPalBot.Modules.Tips;

/// <summary>The answer to <c>/tip add</c> (ephemeral).</summary>
/// <param name="Saved">Whether the tip was kept.</param>
/// <param name="Status">Pending or approved, when saved.</param>
/// <param name="Message">What to tell the member.</param>
public sealed record TipSubmitResult(bool Saved, TipStatus? Status, string Message);
