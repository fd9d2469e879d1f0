using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>A user or message command as registered: its handler and the top-level fields Discord takes.</summary>
internal sealed class ContextCommandNode(ApplicationCommandType type, CommandInfo command, ulong? defaultMemberPermissions, int[]? contexts)
{
    public ApplicationCommandType Type { get; } = type;

    public CommandInfo Command { get; } = command;

    /// <summary><c>default_member_permissions</c>.</summary>
    public ulong? DefaultMemberPermissions { get; } = defaultMemberPermissions;

    /// <summary><c>contexts</c>.</summary>
    public int[]? Contexts { get; } = contexts;

    public ApplicationCommand ToApplicationCommand() => new()
    {
        Type = Type,
        Name = Command.Name,
        // Discord: "Empty string for USER and MESSAGE commands" (application command structure).
        Description = "",
        DefaultMemberPermissions = DefaultMemberPermissions,
        Contexts = Contexts,
    };
}
