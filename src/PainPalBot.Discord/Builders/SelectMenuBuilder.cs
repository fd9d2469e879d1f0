using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Builders;

/// <summary>Builds a select menu (string select by default).</summary>
public sealed class SelectMenuBuilder
{
    private readonly List<SelectOption> _options = [];

    /// <summary>The custom id (1–100 characters).</summary>
    public string? CustomId { get; set; }

    /// <summary>Placeholder text (≤ 150 characters).</summary>
    public string? Placeholder { get; set; }

    /// <summary>Minimum values chosen (0–25).</summary>
    public int? MinValues { get; set; }

    /// <summary>Maximum values chosen (1–25).</summary>
    public int? MaxValues { get; set; }

    /// <summary>Whether it is greyed out.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The kind of select: string, user, role, mentionable or channel.</summary>
    public ComponentType Type { get; set; } = ComponentType.StringSelect;

    /// <summary>The options so far.</summary>
    public IReadOnlyList<SelectOption> Options => _options;

    /// <summary>Sets the custom id.</summary>
    public SelectMenuBuilder WithCustomId(string customId)
    {
        CustomId = customId;
        return this;
    }

    /// <summary>Sets the placeholder.</summary>
    public SelectMenuBuilder WithPlaceholder(string placeholder)
    {
        Placeholder = placeholder;
        return this;
    }

    /// <summary>Sets the minimum values.</summary>
    public SelectMenuBuilder WithMinValues(int minValues)
    {
        MinValues = minValues;
        return this;
    }

    /// <summary>Sets the maximum values.</summary>
    public SelectMenuBuilder WithMaxValues(int maxValues)
    {
        MaxValues = maxValues;
        return this;
    }

    /// <summary>Greys it out or not.</summary>
    public SelectMenuBuilder WithDisabled(bool disabled)
    {
        IsDisabled = disabled;
        return this;
    }

    /// <summary>Sets the kind of select.</summary>
    public SelectMenuBuilder WithType(ComponentType type)
    {
        Type = type;
        return this;
    }

    /// <summary>Adds an option (string selects).</summary>
    public SelectMenuBuilder AddOption(string label, string value, string? description = null, Emoji? emote = null, bool? isDefault = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        ArgumentException.ThrowIfNullOrEmpty(value);
        if (_options.Count >= ComponentLimits.MaxSelectOptions)
            throw new InvalidOperationException($"A select has at most {ComponentLimits.MaxSelectOptions} options.");
        if (label.Length > 100 || value.Length > 100 || description is { Length: > 100 })
            throw new ArgumentException("A select option's label, value and description have at most 100 characters.", nameof(label));
        _options.Add(new SelectOption { Label = label, Value = value, Description = description, Emoji = emote, Default = isDefault });
        return this;
    }

    /// <summary>Builds the select component, checking Discord's rules.</summary>
    public Component Build()
    {
        ComponentLimits.CheckCustomId(CustomId);
        if (Type == ComponentType.StringSelect && _options.Count == 0)
            throw new InvalidOperationException("A string select needs at least one option.");
        if (MinValues is < 0 or > 25 || MaxValues is < 1 or > 25 || (MinValues ?? 1) > (MaxValues ?? 1))
            throw new InvalidOperationException("A select's min values must be 0–25, max values 1–25, min ≤ max.");
        return new Component
        {
            Type = Type,
            CustomId = CustomId,
            Placeholder = Placeholder,
            MinValues = MinValues,
            MaxValues = MaxValues,
            Disabled = IsDisabled ? true : null,
            Options = Type == ComponentType.StringSelect ? [.. _options] : null,
        };
    }
}
