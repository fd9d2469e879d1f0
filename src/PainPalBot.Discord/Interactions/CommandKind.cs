namespace PainPalBot.Discord.Interactions;

/// <summary>The kind of handler an <see cref="ICommandInfo"/> describes.</summary>
public enum CommandKind
{
    /// <summary>A slash command or subcommand.</summary>
    SlashCommand,
    /// <summary>A button or select menu handler.</summary>
    Component,
    /// <summary>A modal submit handler.</summary>
    Modal,
    /// <summary>An autocomplete handler of a slash command option.</summary>
    Autocomplete,
    /// <summary>A message command (a message's context menu).</summary>
    MessageCommand,
    /// <summary>A user command (a user's context menu).</summary>
    UserCommand,
}
