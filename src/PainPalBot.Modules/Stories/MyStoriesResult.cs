namespace PainPalBot.Modules.Stories;

/// <summary>The author's withdrawable stories and a sentence describing them (ephemeral).</summary>
/// <param name="Message">What to tell the author.</param>
/// <param name="Stories">Newest first; at most 25 (one select menu).</param>
public sealed record MyStoriesResult(string Message, IReadOnlyList<StorySummary> Stories);
