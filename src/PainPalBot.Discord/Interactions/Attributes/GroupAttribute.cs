namespace PainPalBot.Discord.Interactions;

/// <summary>
/// On a module class: its slash commands become subcommands of one command with this name. On a
/// nested module class inside such a module: a subcommand group. Component and modal custom ids are
/// never prefixed with group names.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class GroupAttribute(string name, string description) : Attribute
{
    /// <summary>The command or group name.</summary>
    public string Name { get; } = name;

    /// <summary>The description, 1–100 characters.</summary>
    public string Description { get; } = description;
}
