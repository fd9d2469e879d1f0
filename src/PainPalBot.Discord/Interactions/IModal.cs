namespace PainPalBot.Discord.Interactions;

/// <summary>
/// A modal form as a class: each property with <see cref="ModalTextInputAttribute"/> is a text input
/// (label from <see cref="InputLabelAttribute"/>). The class needs a public parameterless constructor.
/// </summary>
public interface IModal
{
    /// <summary>The modal's title (≤ 45 characters).</summary>
    string Title { get; }
}
