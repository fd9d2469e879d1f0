namespace PainPalBot.Discord.Interactions;

/// <summary>Names and describes a slash command option; without it the parameter name is used.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class SummaryAttribute(string? name = null, string? description = null) : Attribute
{
    /// <summary>The option name, or null for the parameter name.</summary>
    public string? Name { get; } = name;

    /// <summary>The option description, or null for the name.</summary>
    public string? Description { get; } = description;
}
