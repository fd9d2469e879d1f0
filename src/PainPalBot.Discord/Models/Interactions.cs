using System.Text.Json;

namespace PainPalBot.Discord.Models;

/// <summary>An interaction as delivered by INTERACTION_CREATE (interactions/receiving-and-responding).</summary>
public sealed record Interaction
{
    public ulong Id { get; init; }
    public ulong ApplicationId { get; init; }
    public InteractionType Type { get; init; }
    public InteractionData? Data { get; init; }
    public ulong? GuildId { get; init; }
    public Channel? Channel { get; init; }
    public ulong? ChannelId { get; init; }
    /// <summary>Present when invoked in a guild; carries the member's total permissions.</summary>
    public GuildMember? Member { get; init; }
    /// <summary>Present when invoked in a DM.</summary>
    public User? User { get; init; }
    public string Token { get; init; } = "";
    public int Version { get; init; } = 1;
    /// <summary>For component interactions, the message the component is on.</summary>
    public Message? Message { get; init; }
    public ulong? AppPermissions { get; init; }
    public string? Locale { get; init; }
    public string? GuildLocale { get; init; }
    /// <summary>0 guild, 1 bot DM, 2 private channel.</summary>
    public int? Context { get; init; }

    /// <summary>The person who invoked it, in a guild or a DM.</summary>
    public User? Invoker => Member?.User ?? User;
}

/// <summary>Interaction types.</summary>
public enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}

/// <summary>The data of a command, component or modal interaction.</summary>
public sealed record InteractionData
{
    public ulong? Id { get; init; }
    public string? Name { get; init; }
    /// <summary>The invoked command's type: a slash, user or message command.</summary>
    public ApplicationCommandType? Type { get; init; }
    public ResolvedData? Resolved { get; init; }
    public InteractionDataOption[]? Options { get; init; }
    public ulong? GuildId { get; init; }
    /// <summary>User and message commands: the user or message the command was used on (its object is in <see cref="Resolved"/>).</summary>
    public ulong? TargetId { get; init; }
    public string? CustomId { get; init; }
    public ComponentType? ComponentType { get; init; }
    public string[]? Values { get; init; }
    /// <summary>Modal submit: the submitted rows/labels with their inputs.</summary>
    public Component[]? Components { get; init; }
}

/// <summary>A command option as received; <see cref="Value"/> is a string, number or boolean.</summary>
public sealed record InteractionDataOption
{
    public string Name { get; init; } = "";
    public ApplicationCommandOptionType Type { get; init; }
    public JsonElement? Value { get; init; }
    public InteractionDataOption[]? Options { get; init; }
    public bool? Focused { get; init; }
}

/// <summary>Users, members, roles, channels, attachments and messages referred to by options or a context-menu target, keyed by id.</summary>
public sealed record ResolvedData
{
    public Dictionary<ulong, User>? Users { get; init; }
    public Dictionary<ulong, GuildMember>? Members { get; init; }
    public Dictionary<ulong, Role>? Roles { get; init; }
    public Dictionary<ulong, Channel>? Channels { get; init; }
    public Dictionary<ulong, Attachment>? Attachments { get; init; }
    /// <summary>Partial messages: a message command's target.</summary>
    public Dictionary<ulong, Message>? Messages { get; init; }
}

/// <summary>Interaction callback types.</summary>
public enum InteractionResponseType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    ApplicationCommandAutocompleteResult = 8,
    Modal = 9,
}

/// <summary>The body of POST /interactions/{id}/{token}/callback.</summary>
public sealed record InteractionResponse
{
    public InteractionResponseType Type { get; init; }
    public InteractionCallbackData? Data { get; init; }
}

/// <summary>Callback data: a message, autocomplete choices, or a modal.</summary>
public sealed record InteractionCallbackData
{
    public bool? Tts { get; init; }
    public string? Content { get; init; }
    public Embed[]? Embeds { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public int? Flags { get; init; }
    public Component[]? Components { get; init; }
    public AttachmentReference[]? Attachments { get; init; }
    public ApplicationCommandOptionChoice[]? Choices { get; init; }
    public string? CustomId { get; init; }
    public string? Title { get; init; }
}
