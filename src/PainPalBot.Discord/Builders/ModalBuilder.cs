using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Builders;

/// <summary>Builds a modal: a title (≤ 45), a custom id and 1–5 text inputs, each inside a Label component.</summary>
public sealed class ModalBuilder
{
    private readonly List<TextInputBuilder> _inputs = [];

    /// <summary>Starts an empty modal.</summary>
    public ModalBuilder() { }

    /// <summary>Starts a modal with a title and custom id.</summary>
    public ModalBuilder(string title, string customId)
    {
        Title = title;
        CustomId = customId;
    }

    /// <summary>The title.</summary>
    public string Title { get; set; } = "";

    /// <summary>The custom id its submit will carry.</summary>
    public string CustomId { get; set; } = "";

    /// <summary>The inputs so far.</summary>
    public IReadOnlyList<TextInputBuilder> Inputs => _inputs;

    /// <summary>Sets the title.</summary>
    public ModalBuilder WithTitle(string title)
    {
        Title = title;
        return this;
    }

    /// <summary>Sets the custom id.</summary>
    public ModalBuilder WithCustomId(string customId)
    {
        CustomId = customId;
        return this;
    }

    /// <summary>Adds a text input.</summary>
    public ModalBuilder AddTextInput(string label, string customId, TextInputStyle style = TextInputStyle.Short, string? placeholder = null, int? minLength = null, int? maxLength = null, bool required = true, string? value = null, string? description = null) =>
        AddTextInput(new TextInputBuilder { Label = label, CustomId = customId, Style = style, Placeholder = placeholder, MinLength = minLength, MaxLength = maxLength, Required = required, Value = value, Description = description });

    /// <summary>Adds a text input.</summary>
    public ModalBuilder AddTextInput(TextInputBuilder input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (_inputs.Count >= 5)
            throw new InvalidOperationException("A modal holds at most 5 components.");
        _inputs.Add(input);
        return this;
    }

    /// <summary>Sets the pre-filled value of the input with this custom id.</summary>
    public ModalBuilder UpdateTextInput(string customId, string? value)
    {
        var input = _inputs.FirstOrDefault(i => i.CustomId == customId)
            ?? throw new InvalidOperationException($"The modal has no input '{customId}'.");
        input.Value = value;
        return this;
    }

    /// <summary>Builds the modal, checking Discord's rules.</summary>
    public Modal Build()
    {
        if (string.IsNullOrEmpty(Title) || Title.Length > 45)
            throw new InvalidOperationException($"A modal title must be 1–45 characters (modal '{CustomId}').");
        ComponentLimits.CheckCustomId(CustomId);
        if (_inputs.Count == 0)
            throw new InvalidOperationException($"A modal needs at least one input (modal '{CustomId}').");
        return new Modal(CustomId, Title, [.. _inputs.Select(i => i.Build())]);
    }
}
