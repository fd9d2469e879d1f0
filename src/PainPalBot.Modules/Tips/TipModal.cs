using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Tips;

/// <summary>The <c>/tip add</c> form: the tip and optional tags.</summary>
public sealed class TipModal : IModal
{
    /// <inheritdoc />
    public string Title => "Share a tip that helps you";

    /// <summary>The tip.</summary>
    [InputLabel("Your tip", "Shown without your name.")]
    [ModalTextInput("tip", TextInputStyle.Paragraph, "What helps you, in a few sentences", minLength: 1, maxLength: TipService.MaxTextLength)]
    public string? Tip { get; set; }

    /// <summary>Comma-separated tags.</summary>
    [InputLabel("Tags (optional)", "Up to five, separated by commas.")]
    [ModalTextInput("tags", TextInputStyle.Short, "e.g. sleep, pacing, heat", maxLength: 120)]
    [RequiredInput(false)]
    public string? Tags { get; set; }
}
