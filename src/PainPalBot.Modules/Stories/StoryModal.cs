using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Stories;

/// <summary>The <c>/share story</c> form: the story, an optional content warning and an optional topic.</summary>
public sealed class StoryModal : IModal
{
    /// <inheritdoc />
    public string Title => "Share your story anonymously";

    /// <summary>The story itself.</summary>
    [InputLabel("Your story", "Only these words are posted, never your name.")]
    [ModalTextInput("story", TextInputStyle.Paragraph, "What would you like others to know?", minLength: 1, maxLength: StoryService.MaxTextLength)]
    public string? Story { get; set; }

    /// <summary>An optional content warning; the story is then posted behind a spoiler.</summary>
    [InputLabel("Content warning (optional)", "If you fill this in, the story is hidden behind a spoiler.")]
    [ModalTextInput("content_warning", TextInputStyle.Short, "e.g. self-harm, medical trauma", maxLength: StoryService.MaxWarningLength)]
    [RequiredInput(false)]
    public string? ContentWarning { get; set; }

    /// <summary>An optional topic, shown in the post's title.</summary>
    [InputLabel("Topic (optional)")]
    [ModalTextInput("topic", TextInputStyle.Short, "e.g. diagnosis, work, family", maxLength: StoryService.MaxTopicLength)]
    [RequiredInput(false)]
    public string? Topic { get; set; }
}
