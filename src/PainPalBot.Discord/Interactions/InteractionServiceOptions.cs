using System.ComponentModel.DataAnnotations;

namespace PainPalBot.Discord.Interactions;

/// <summary>The <c>Interactions</c> configuration section.</summary>
public sealed class InteractionServiceOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Interactions";

    /// <summary>
    /// How long a handler may run before the framework defers for it, inside Discord's 3-second window.
    /// <see cref="TimeSpan.Zero"/> or <see cref="Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    public TimeSpan AutoDeferAfter { get; set; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>The file remembering a hash of the last registered command set per scope.</summary>
    [Required]
    public string CommandRegistrationStatePath { get; set; } = Path.Combine("data", "registered-commands.txt");

    /// <summary>What the user sees when a handler throws.</summary>
    [Required]
    public string ErrorMessage { get; set; } = "Sorry, something went wrong on our side, and it may not have been saved. Please try again in a moment.";

    /// <summary>What the user sees when no handler matches (e.g. a button from an older version).</summary>
    [Required]
    public string UnknownCommandMessage { get; set; } = "That command or button isn't available any more. Nothing was changed.";

    /// <summary>Sent when a handler returned without answering, so the user is never left with "The application did not respond".</summary>
    [Required]
    public string NoResponseMessage { get; set; } = "Done.";
}
