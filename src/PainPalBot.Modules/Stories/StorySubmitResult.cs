namespace PainPalBot.Modules.Stories;

/// <summary>The answer to the author after <c>/share</c>, shown to them only (ephemeral).</summary>
/// <param name="Saved">Whether the story was kept (waiting or posted).</param>
/// <param name="Status">Where it is now, when saved.</param>
/// <param name="Message">What to tell the author; includes the crisis signposting when <see cref="ShowedSignposting"/> is true.</param>
/// <param name="ShowedSignposting">True when the story held crisis language and <see cref="Message"/> carries helplines.</param>
public sealed record StorySubmitResult(bool Saved, StoryStatus? Status, string Message, bool ShowedSignposting = false);
