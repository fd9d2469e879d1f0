using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Builders;

/// <summary>Builds one action row: up to 5 buttons, or one select.</summary>
public sealed class ActionRowBuilder
{
    private readonly List<Component> _components = [];

    /// <summary>The components so far.</summary>
    public IReadOnlyList<Component> Components => _components;

    internal bool HasSelect => _components.Count > 0 && _components[0].Type != ComponentType.Button;

    internal bool CanTakeButton => !HasSelect && _components.Count < ComponentLimits.MaxButtonsPerRow;

    internal bool IsEmpty => _components.Count == 0;

    /// <summary>Adds a button.</summary>
    public ActionRowBuilder WithButton(ButtonBuilder button)
    {
        ArgumentNullException.ThrowIfNull(button);
        if (!CanTakeButton)
            throw new InvalidOperationException("An action row holds at most 5 buttons, or one select.");
        _components.Add(button.Build());
        return this;
    }

    /// <summary>Adds a select; it must be alone in its row.</summary>
    public ActionRowBuilder WithSelectMenu(SelectMenuBuilder menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        if (!IsEmpty)
            throw new InvalidOperationException("A select must be alone in its action row.");
        _components.Add(menu.Build());
        return this;
    }

    /// <summary>Builds the row.</summary>
    public Component Build()
    {
        if (_components.Count == 0)
            throw new InvalidOperationException("An action row needs at least one component.");
        return new Component { Type = ComponentType.ActionRow, Components = [.. _components] };
    }
}
