namespace PainPalBot.Discord.Interactions;

/// <summary>The shortest text a string option accepts (0–6000); checked again when the interaction arrives.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class MinLengthAttribute(int length) : Attribute
{
    /// <summary>The minimum length.</summary>
    public int Length { get; } = length;
}
