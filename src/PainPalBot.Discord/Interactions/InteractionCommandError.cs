namespace PainPalBot.Discord.Interactions;

/// <summary>Why an interaction was not handled successfully.</summary>
public enum InteractionCommandError
{
    /// <summary>No handler matches the command name or custom id.</summary>
    UnknownCommand,
    /// <summary>An option or capture could not be read or is out of bounds.</summary>
    BadArgs,
    /// <summary>A precondition refused.</summary>
    UnmetPrecondition,
    /// <summary>The handler threw.</summary>
    Exception,
}
