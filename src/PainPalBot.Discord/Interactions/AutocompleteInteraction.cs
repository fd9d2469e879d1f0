using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>What the user is typing into an autocomplete option.</summary>
public sealed class AutocompleteInteraction
{
    internal AutocompleteInteraction(Interaction interaction, string commandName, InteractionDataOption focused, IReadOnlyList<InteractionDataOption> options)
    {
        Interaction = interaction;
        CommandName = commandName;
        FocusedOption = focused;
        Options = options;
    }

    /// <summary>The raw interaction.</summary>
    public Interaction Interaction { get; }

    /// <summary>The full command path, e.g. "resources find".</summary>
    public string CommandName { get; }

    /// <summary>The option being typed into.</summary>
    public InteractionDataOption FocusedOption { get; }

    /// <summary>The text typed so far (numbers as typed).</summary>
    public string CurrentValue => FocusedOption.Value is { } v
        ? v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() ?? "" : v.GetRawText()
        : "";

    /// <summary>The other options filled in so far, at the subcommand's level.</summary>
    public IReadOnlyList<InteractionDataOption> Options { get; }
}
