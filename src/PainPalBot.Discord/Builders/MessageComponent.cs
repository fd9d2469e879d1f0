using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Builders;

/// <summary>The action rows of a message, as built by <see cref="ComponentBuilder"/>.</summary>
public sealed class MessageComponent
{
    internal MessageComponent(Component[] components) => Components = components;

    /// <summary>No components; use it to remove a message's buttons.</summary>
    public static MessageComponent Empty { get; } = new([]);

    /// <summary>
    /// Wraps action rows built elsewhere, e.g. by a feature's component factory that returns wire models (Discord.Net's
    /// <c>ComponentBuilder.FromComponents</c> plays this part).
    /// </summary>
    public static MessageComponent FromRows(IReadOnlyList<Component> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count > ComponentLimits.MaxActionRows)
            throw new ArgumentException($"A message holds at most {ComponentLimits.MaxActionRows} action rows.", nameof(rows));
        if (rows.Any(r => r.Type != ComponentType.ActionRow))
            throw new ArgumentException("Only action rows can be a message's top-level components.", nameof(rows));
        return new([.. rows]);
    }

    /// <summary>The rows.</summary>
    public IReadOnlyList<Component> Components { get; }

    internal Component[] ToArray() => (Component[])Components;
}
