namespace PainPalBot.Modules.Stories;

/// <summary>The answer to a member who pressed "Reply in a thread" under a story.</summary>
/// <param name="Opened">Whether a reply thread exists now.</param>
/// <param name="Message">What to tell the member (ephemeral); mentions the thread when known.</param>
/// <param name="ThreadId">The reply thread, when known.</param>
public sealed record StoryReplyResult(bool Opened, string Message, ulong? ThreadId = null);
