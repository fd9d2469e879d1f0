namespace PainPalBot.Modules.Stories;

/// <summary>One of the author's own stories that they can still withdraw (for a select in <c>/share withdraw</c>).</summary>
/// <param name="StoryId">The id to pass to <see cref="StoryService.WithdrawAsync"/>.</param>
/// <param name="Status">Pending or posted.</param>
/// <param name="Preview">The first words of the story, for the author's eyes only.</param>
/// <param name="SubmittedAt">When it was shared.</param>
/// <param name="WithdrawableUntil">When the bot forgets the author (posted stories); null while pending.</param>
public sealed record StorySummary(string StoryId, StoryStatus Status, string Preview, DateTimeOffset SubmittedAt, DateTimeOffset? WithdrawableUntil);
