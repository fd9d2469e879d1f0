namespace PainPalBot.Discord.Models;

/// <summary>
/// A message or modal component (components/reference). Discord's component kinds share one flat
/// shape on the wire, so one record serves them all; unused members stay null and are not sent.
/// Build them with <c>ComponentBuilder</c> and <c>ModalBuilder</c>.
/// </summary>
public sealed record Component
{
    public ComponentType Type { get; init; }
    public int? Id { get; init; }
    public string? CustomId { get; init; }
    /// <summary>Button style (<see cref="ButtonStyle"/>) or text input style (<see cref="TextInputStyle"/>).</summary>
    public int? Style { get; init; }
    public string? Label { get; init; }
    public string? Description { get; init; }
    public Emoji? Emoji { get; init; }
    public string? Url { get; init; }
    public bool? Disabled { get; init; }
    public string? Placeholder { get; init; }
    public SelectOption[]? Options { get; init; }
    public int? MinValues { get; init; }
    public int? MaxValues { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public bool? Required { get; init; }
    /// <summary>Text input: the value typed (modal submit) or pre-filled (modal).</summary>
    public string? Value { get; init; }
    /// <summary>Select menus in a modal submit: the chosen values.</summary>
    public string[]? Values { get; init; }
    /// <summary>Children of an action row.</summary>
    public Component[]? Components { get; init; }
    /// <summary>The single child of a label (modals); <c>component</c> on the wire.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("component")]
    public Component? Child { get; init; }
}

/// <summary>Component types (components/reference).</summary>
public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
    StringSelect = 3,
    TextInput = 4,
    UserSelect = 5,
    RoleSelect = 6,
    MentionableSelect = 7,
    ChannelSelect = 8,
    TextDisplay = 10,
    Label = 18,
}

/// <summary>Button styles (components/reference).</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
    Premium = 6,
}

/// <summary>Text input styles: one line or a paragraph.</summary>
public enum TextInputStyle
{
    Short = 1,
    Paragraph = 2,
}

/// <summary>One choice of a string select.</summary>
public sealed record SelectOption
{
    public string Label { get; init; } = "";
    public string Value { get; init; } = "";
    public string? Description { get; init; }
    public Emoji? Emoji { get; init; }
    public bool? Default { get; init; }
}

/// <summary>A unicode emoji (<see cref="Name"/>) or a custom one (<see cref="Id"/>).</summary>
public sealed record Emoji
{
    public ulong? Id { get; init; }
    public string? Name { get; init; }
    public bool? Animated { get; init; }
}
