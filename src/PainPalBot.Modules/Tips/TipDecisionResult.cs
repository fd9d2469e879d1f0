namespace PainPalBot.Modules.Tips;

/// <summary>The answer to a moderator who pressed Approve or Reject on a tip.</summary>
/// <param name="Done">Whether the decision took effect.</param>
/// <param name="Message">What to tell the moderator (ephemeral).</param>
/// <param name="ReviewMessageText">When not null, replace the review message with this text and remove its embed and buttons.</param>
public sealed record TipDecisionResult(bool Done, string Message, string? ReviewMessageText = null);
