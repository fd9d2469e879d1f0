using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Builders;

/// <summary>A modal ready to be shown: its custom id, title and labelled inputs.</summary>
public sealed class Modal
{
    internal Modal(string customId, string title, Component[] components)
    {
        CustomId = customId;
        Title = title;
        Components = components;
    }

    /// <summary>The custom id its submit will carry.</summary>
    public string CustomId { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The top-level components (labels).</summary>
    public IReadOnlyList<Component> Components { get; }

    internal InteractionCallbackData ToCallbackData() => new() { CustomId = CustomId, Title = Title, Components = [.. Components] };
}
