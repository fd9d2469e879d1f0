using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Builders;

/// <summary>Builds a button: an interactive one with a custom id, or a link.</summary>
public sealed class ButtonBuilder
{
    /// <summary>Longest label.</summary>
    public const int MaxLabelLength = 80;

    /// <summary>The label (≤ 80 characters).</summary>
    public string? Label { get; set; }

    /// <summary>The custom id (1–100 characters); not for links.</summary>
    public string? CustomId { get; set; }

    /// <summary>The style.</summary>
    public ButtonStyle Style { get; set; } = ButtonStyle.Primary;

    /// <summary>An emoji shown before the label.</summary>
    public Emoji? Emote { get; set; }

    /// <summary>The URL of a link button.</summary>
    public string? Url { get; set; }

    /// <summary>Whether it is greyed out.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Sets the label.</summary>
    public ButtonBuilder WithLabel(string label)
    {
        Label = label;
        return this;
    }

    /// <summary>Sets the custom id.</summary>
    public ButtonBuilder WithCustomId(string customId)
    {
        CustomId = customId;
        return this;
    }

    /// <summary>Sets the style.</summary>
    public ButtonBuilder WithStyle(ButtonStyle style)
    {
        Style = style;
        return this;
    }

    /// <summary>Sets the emoji.</summary>
    public ButtonBuilder WithEmote(Emoji? emote)
    {
        Emote = emote;
        return this;
    }

    /// <summary>Makes it a link button.</summary>
    public ButtonBuilder WithUrl(string url)
    {
        Url = url;
        Style = ButtonStyle.Link;
        return this;
    }

    /// <summary>Greys it out or not.</summary>
    public ButtonBuilder WithDisabled(bool disabled)
    {
        IsDisabled = disabled;
        return this;
    }

    /// <summary>Builds the button component, checking Discord's rules.</summary>
    public Component Build()
    {
        if (Label is null && Emote is null)
            throw new InvalidOperationException("A button needs a label or an emoji.");
        if (Label is { Length: > MaxLabelLength })
            throw new InvalidOperationException($"A button label has at most {MaxLabelLength} characters.");
        if (Style == ButtonStyle.Link)
        {
            if (string.IsNullOrEmpty(Url) || Url.Length > 512)
                throw new InvalidOperationException("A link button needs a URL of at most 512 characters.");
            if (CustomId is not null)
                throw new InvalidOperationException("A link button cannot have a custom id.");
        }
        else
        {
            ComponentLimits.CheckCustomId(CustomId);
            if (Url is not null)
                throw new InvalidOperationException("Only link buttons have a URL.");
        }
        return new Component
        {
            Type = ComponentType.Button,
            Style = (int)Style,
            Label = Label,
            CustomId = CustomId,
            Emoji = Emote,
            Url = Url,
            Disabled = IsDisabled ? true : null,
        };
    }
}
