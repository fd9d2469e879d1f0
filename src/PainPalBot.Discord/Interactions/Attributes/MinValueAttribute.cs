namespace PainPalBot.Discord.Interactions;

/// <summary>The smallest value an integer or number option accepts; checked again when the interaction arrives.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class MinValueAttribute(double value) : Attribute
{
    /// <summary>The minimum, inclusive.</summary>
    public double Value { get; } = value;
}
