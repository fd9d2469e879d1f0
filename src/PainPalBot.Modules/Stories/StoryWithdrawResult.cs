namespace PainPalBot.Modules.Stories;

/// <summary>The answer to the author after <c>/share withdraw</c>.</summary>
/// <param name="Withdrawn">Whether the story was withdrawn and deleted.</param>
/// <param name="Message">What to tell the author (ephemeral).</param>
public sealed record StoryWithdrawResult(bool Withdrawn, string Message);
