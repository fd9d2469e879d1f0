namespace PainPalBot.Discord.Interactions;

/// <summary>Where the command can be used (the command's <c>contexts</c>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class CommandContextTypeAttribute(params InteractionContextType[] contextTypes) : Attribute
{
    /// <summary>The contexts.</summary>
    public IReadOnlyList<InteractionContextType> ContextTypes { get; } = contextTypes;
}
