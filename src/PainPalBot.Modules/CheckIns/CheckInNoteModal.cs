using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.CheckIns;

/// <summary>The "Add a note" form of the one-tap check-in; the length is checked again on submit and by the service.</summary>
public sealed class CheckInNoteModal : IModal
{
    /// <summary>The longest note the form accepts (the service's default limit).</summary>
    public const int MaxNoteLength = 500;

    /// <inheritdoc />
    public string Title => "Add a note";

    /// <summary>The note; empty clears it.</summary>
    [InputLabel("Anything you'd like to remember?")]
    [ModalTextInput(CheckInPromptComponents.NoteInputId, TextInputStyle.Paragraph, "What helped, what didn't, what happened", 0, MaxNoteLength)]
    [RequiredInput(false)]
    public string? Note { get; set; }
}
