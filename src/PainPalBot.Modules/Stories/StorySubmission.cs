namespace PainPalBot.Modules.Stories;

/// <summary>What the <c>/share</c> modal returned.</summary>
/// <param name="Text">The story (at most 2,000 characters).</param>
/// <param name="ContentWarning">An optional content warning; when given, the story is posted behind a spoiler.</param>
/// <param name="Topic">An optional topic.</param>
public sealed record StorySubmission(string Text, string? ContentWarning = null, string? Topic = null);
