using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Sandbox.Tests.Support;

/// <summary>The probe's modal: one required short input.</summary>
public sealed class ProbeModal : IModal
{
    /// <inheritdoc />
    public string Title => "Tell us your name";

    /// <summary>A name.</summary>
    [InputLabel("Your name", "What should we call you?")]
    [ModalTextInput("name", TextInputStyle.Short, "Robin", minLength: 2, maxLength: 30)]
    public string? Name { get; set; }
}
