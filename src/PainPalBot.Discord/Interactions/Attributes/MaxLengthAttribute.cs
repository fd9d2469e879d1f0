namespace PainPalBot.Discord.Interactions;

/// <summary>The longest text a string option accepts (1–6000); checked again when the interaction arrives.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class MaxLengthAttribute(int length) : Attribute
{
    /// <summary>The maximum length.</summary>
    public int Length { get; } = length;
}
