namespace PainPalBot.Discord.Interactions;

/// <summary>The label (≤ 45 characters) and optional description (≤ 100) shown above a modal input.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class InputLabelAttribute(string label, string? description = null) : Attribute
{
    /// <summary>The label.</summary>
    public string Label { get; } = label;

    /// <summary>The description, if any.</summary>
    public string? Description { get; } = description;
}
