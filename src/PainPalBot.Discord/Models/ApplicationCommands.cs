using System.Text.Json;

namespace PainPalBot.Discord.Models;

/// <summary>An application command as registered (interactions/application-commands).</summary>
public sealed record ApplicationCommand
{
    public ulong? Id { get; init; }
    /// <summary>1 CHAT_INPUT (slash), 2 USER, 3 MESSAGE; Discord reads a missing type as 1.</summary>
    public ApplicationCommandType? Type { get; init; }
    public ulong? ApplicationId { get; init; }
    public ulong? GuildId { get; init; }
    /// <summary>1–32 characters: lowercase without spaces for CHAT_INPUT; USER and MESSAGE commands may use capitals and spaces.</summary>
    public string Name { get; init; } = "";
    /// <summary>1–100 characters for CHAT_INPUT; an empty string for USER and MESSAGE commands.</summary>
    public string Description { get; init; } = "";
    /// <summary>CHAT_INPUT only.</summary>
    public ApplicationCommandOption[]? Options { get; init; }
    /// <summary>A permission bitset sent as a string; 0 means administrators only; null means everyone.</summary>
    public ulong? DefaultMemberPermissions { get; init; }
    /// <summary>Where it can be used: 0 guild, 1 bot DM, 2 private channel.</summary>
    public int[]? Contexts { get; init; }
    public int[]? IntegrationTypes { get; init; }
    public bool? Nsfw { get; init; }
    public ulong? Version { get; init; }
}

/// <summary>Application command types (interactions/application-commands#application-command-types).</summary>
public enum ApplicationCommandType
{
    /// <summary>A slash command.</summary>
    ChatInput = 1,
    /// <summary>Shown on a user's context menu (Apps); the interaction's <c>target_id</c> is the user.</summary>
    User = 2,
    /// <summary>Shown on a message's context menu (Apps); the interaction's <c>target_id</c> is the message.</summary>
    Message = 3,
    /// <summary>An Activity's entry point.</summary>
    PrimaryEntryPoint = 4,
}

/// <summary>Option types.</summary>
public enum ApplicationCommandOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}

/// <summary>One option (or subcommand) of a command.</summary>
public sealed record ApplicationCommandOption
{
    public ApplicationCommandOptionType Type { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public bool? Required { get; init; }
    public ApplicationCommandOptionChoice[]? Choices { get; init; }
    public ApplicationCommandOption[]? Options { get; init; }
    public int[]? ChannelTypes { get; init; }
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public bool? Autocomplete { get; init; }
}

/// <summary>A fixed choice (or an autocomplete suggestion): a name shown and a string, integer or number value.</summary>
public sealed record ApplicationCommandOptionChoice
{
    public string Name { get; init; } = "";
    public JsonElement Value { get; init; }
}
