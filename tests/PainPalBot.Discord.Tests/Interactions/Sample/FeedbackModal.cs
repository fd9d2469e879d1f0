using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Tests.Interactions.Sample;

/// <summary>A sample modal with a required short input and an optional paragraph.</summary>
public sealed class FeedbackModal : IModal
{
    /// <inheritdoc />
    public string Title => "Tell us more";

    /// <summary>A required one-liner.</summary>
    [InputLabel("Headline", "One line")]
    [ModalTextInput("headline", TextInputStyle.Short, "What happened?", minLength: 2, maxLength: 50)]
    public string? Headline { get; set; }

    /// <summary>An optional paragraph.</summary>
    [InputLabel("Details")]
    [ModalTextInput("details", TextInputStyle.Paragraph, maxLength: 500)]
    [RequiredInput(false)]
    public string? Details { get; set; }
}
