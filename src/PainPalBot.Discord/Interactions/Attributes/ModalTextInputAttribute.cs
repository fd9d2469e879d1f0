using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>Makes a string property of an <see cref="IModal"/> a text input; lengths are checked again on submit.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ModalTextInputAttribute(string customId, TextInputStyle style = TextInputStyle.Short, string? placeholder = null, int minLength = 0, int maxLength = 4000, string? initValue = null) : Attribute
{
    /// <summary>The input's custom id (1–100 characters).</summary>
    public string CustomId { get; } = customId;

    /// <summary>One line or a paragraph.</summary>
    public TextInputStyle Style { get; } = style;

    /// <summary>Placeholder text (≤ 100 characters).</summary>
    public string? Placeholder { get; } = placeholder;

    /// <summary>Minimum length (0–4000).</summary>
    public int MinLength { get; } = minLength;

    /// <summary>Maximum length (1–4000).</summary>
    public int MaxLength { get; } = maxLength;

    /// <summary>Pre-filled value.</summary>
    public string? InitValue { get; } = initValue;
}
