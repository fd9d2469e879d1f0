namespace PainPalBot.Discord.Interactions;

/// <summary>The name shown for an enum member used as a choice (the member name is the value).</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class ChoiceDisplayAttribute(string name) : Attribute
{
    /// <summary>The name shown.</summary>
    public string Name { get; } = name;
}
