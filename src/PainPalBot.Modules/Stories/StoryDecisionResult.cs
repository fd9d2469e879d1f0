namespace PainPalBot.Modules.Stories;

/// <summary>The answer to a moderator who pressed Approve or Reject.</summary>
/// <param name="Done">Whether the decision took effect.</param>
/// <param name="Message">What to tell the moderator (ephemeral).</param>
/// <param name="ReviewMessageText">
/// When not null, the review message should be replaced by this text, with its embed and buttons removed (the story's
/// text is then no longer in the moderator channel).
/// </param>
public sealed record StoryDecisionResult(bool Done, string Message, string? ReviewMessageText = null);
