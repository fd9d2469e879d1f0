using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Builders;

/// <summary>The action rows of a message, as built by <see cref="ComponentBuilder"/>.</summary>
public sealed class MessageComponent
{
    internal MessageComponent(Component[] components) => Components = components;

    /// <summary>No components; use it to remove a message's buttons.</summary>
    public static MessageComponent Empty { get; } = new([]);

    /// <summary>The rows.</summary>
    public IReadOnlyList<Component> Components { get; }

    internal Component[] ToArray() => (Component[])Components;
}
