namespace PainPalBot.Modules.Tips;

/// <summary>A tip as shown in the library (never with its author).</summary>
/// <param name="TipId">For the "this helped me" button.</param>
/// <param name="Text">The tip.</param>
/// <param name="Tags">Its tags.</param>
/// <param name="HelpfulCount">How many people it helped.</param>
/// <param name="HelpedViewer">Whether the person looking has voted for it.</param>
/// <param name="IsOwn">Whether the person looking wrote it (they can't vote for it).</param>
public sealed record TipView(string TipId, string Text, IReadOnlyList<string> Tags, int HelpfulCount, bool HelpedViewer = false, bool IsOwn = false);
