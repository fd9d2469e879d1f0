namespace PainPalBot.Modules.Tips;

/// <summary>The outcome of pressing "this helped me".</summary>
/// <param name="Counted">False when the vote was refused (own tip, unknown tip).</param>
/// <param name="Helped">Whether the person's vote stands now.</param>
/// <param name="HelpfulCount">The tip's count now.</param>
/// <param name="Message">What to tell the person (ephemeral).</param>
public sealed record TipVoteResult(bool Counted, bool Helped, int HelpfulCount, string Message);
