namespace PainPalBot.Discord.Interactions;

/// <summary>The largest value an integer or number option accepts; checked again when the interaction arrives.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class MaxValueAttribute(double value) : Attribute
{
    /// <summary>The maximum, inclusive.</summary>
    public double Value { get; } = value;
}
