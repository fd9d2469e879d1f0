namespace PainPalBot.Discord.Interactions;

/// <summary>
/// Marks a method as the handler of modal submits whose custom id matches <see cref="CustomId"/>;
/// wildcards bind to the leading parameters as for <see cref="ComponentInteractionAttribute"/>, and
/// one <see cref="IModal"/> parameter receives the submitted fields.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class ModalInteractionAttribute(string customId) : Attribute
{
    /// <summary>The custom id, with <c>*</c> wildcards.</summary>
    public string CustomId { get; } = customId;
}
