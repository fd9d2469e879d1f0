namespace PainPalBot.Discord.Interactions;

/// <summary>
/// Marks a method as the handler of buttons and selects whose custom id matches <see cref="CustomId"/>.
/// Each <c>*</c> captures a non-empty part of the id and binds, in order, to the leading parameters
/// (string, integers, numbers, booleans, enums); a <c>string[]</c> parameter receives a select's values.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class ComponentInteractionAttribute(string customId) : Attribute
{
    /// <summary>The custom id, with <c>*</c> wildcards.</summary>
    public string CustomId { get; } = customId;
}
