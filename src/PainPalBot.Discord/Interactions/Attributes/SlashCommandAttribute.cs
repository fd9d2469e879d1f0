namespace PainPalBot.Discord.Interactions;

/// <summary>Marks a module method as a slash command (or a subcommand when its module has a <see cref="GroupAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class SlashCommandAttribute(string name, string description) : Attribute
{
    /// <summary>The command name: lowercase, 1–32 characters.</summary>
    public string Name { get; } = name;

    /// <summary>The description, 1–100 characters.</summary>
    public string Description { get; } = description;
}
