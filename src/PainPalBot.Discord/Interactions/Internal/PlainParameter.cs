namespace PainPalBot.Discord.Interactions;

/// <summary>A component or modal handler parameter (a capture, select values, or the modal), or a context-menu command's target.</summary>
internal sealed class PlainParameter(string name, Type parameterType, IReadOnlyList<Attribute> attributes) : IParameterInfo
{
    public string Name { get; } = name;

    public string Description => Name;

    public Type ParameterType { get; } = parameterType;

    public bool IsRequired => true;

    public object? DefaultValue => null;

    public IReadOnlyList<Attribute> Attributes { get; } = attributes;
}
