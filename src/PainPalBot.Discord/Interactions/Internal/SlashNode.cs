namespace PainPalBot.Discord.Interactions;

/// <summary>A node of the slash command tree: a command, a subcommand group, or a subcommand.</summary>
internal sealed class SlashNode(string name, string description, string path)
{
    public string Name { get; } = name;

    public string Description { get; set; } = description;

    public string Path { get; } = path;

    public CommandInfo? Command { get; set; }

    public Dictionary<string, SlashNode> Children { get; } = new(StringComparer.Ordinal);

    /// <summary>Top-level only: <c>default_member_permissions</c>.</summary>
    public ulong? DefaultMemberPermissions { get; set; }

    /// <summary>Top-level only: <c>contexts</c>.</summary>
    public int[]? Contexts { get; set; }
}
