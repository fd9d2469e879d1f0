namespace PainPalBot.Discord.Interactions;

/// <summary>Whether a modal input must be filled (inputs are required unless marked <c>[RequiredInput(false)]</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class RequiredInputAttribute(bool isRequired = true) : Attribute
{
    /// <summary>Whether the input is required.</summary>
    public bool IsRequired { get; } = isRequired;
}
