using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Builders;

/// <summary>Builds a modal text input (placed inside a Label by <see cref="ModalBuilder"/>).</summary>
public sealed class TextInputBuilder
{
    /// <summary>The label (≤ 45 characters), shown by the Label around the input.</summary>
    public string Label { get; set; } = "";

    /// <summary>An optional description under the label (≤ 100 characters).</summary>
    public string? Description { get; set; }

    /// <summary>The custom id (1–100 characters).</summary>
    public string CustomId { get; set; } = "";

    /// <summary>One line or a paragraph.</summary>
    public TextInputStyle Style { get; set; } = TextInputStyle.Short;

    /// <summary>Placeholder (≤ 100 characters).</summary>
    public string? Placeholder { get; set; }

    /// <summary>Minimum length (0–4000).</summary>
    public int? MinLength { get; set; }

    /// <summary>Maximum length (1–4000).</summary>
    public int? MaxLength { get; set; }

    /// <summary>Whether it must be filled.</summary>
    public bool Required { get; set; } = true;

    /// <summary>Pre-filled text.</summary>
    public string? Value { get; set; }

    /// <summary>Builds the Label component holding the text input.</summary>
    public Component Build()
    {
        if (string.IsNullOrEmpty(Label) || Label.Length > 45)
            throw new InvalidOperationException($"A modal input label must be 1–45 characters (input '{CustomId}').");
        if (Description is { Length: > 100 })
            throw new InvalidOperationException($"A modal input description has at most 100 characters (input '{CustomId}').");
        ComponentLimits.CheckCustomId(CustomId);
        if (MinLength is < 0 or > 4000 || MaxLength is < 1 or > 4000 || (MinLength ?? 0) > (MaxLength ?? 4000))
            throw new InvalidOperationException($"A text input's min length must be 0–4000 and max length 1–4000 (input '{CustomId}').");
        if (Placeholder is { Length: > 100 })
            throw new InvalidOperationException($"A text input placeholder has at most 100 characters (input '{CustomId}').");
        return new Component
        {
            Type = ComponentType.Label,
            Label = Label,
            Description = Description,
            Child = new Component
            {
                Type = ComponentType.TextInput,
                CustomId = CustomId,
                Style = (int)Style,
                Placeholder = Placeholder,
                MinLength = MinLength,
                MaxLength = MaxLength,
                Required = Required,
                Value = string.IsNullOrEmpty(Value) ? null : Value,
            },
        };
    }
}
