using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>One text input of a modal class, with accessors for its property.</summary>
internal sealed record ModalInput(
    string CustomId,
    string Label,
    string? Description,
    TextInputStyle Style,
    string? Placeholder,
    int MinLength,
    int MaxLength,
    bool Required,
    string? InitValue,
    Func<IModal, string?> Get,
    Action<IModal, string?> Set);
