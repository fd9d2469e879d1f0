using System.Text.Json;

namespace PainPalBot.Discord.Models;

/// <summary>An application command as registered (interactions/application-commands).</summary>
public sealed record ApplicationCommand
{
    public ulong? Id { get; init; }
    /// <summary>1 CHAT_INPUT, 2 USER, 3 MESSAGE.</summary>
    public int? Type { get; init; }
    public ulong? ApplicationId { get; init; }
    public ulong? GuildId { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public ApplicationCommandOption[]? Options { get; init; }
    /// <summary>A permission bitset sent as a string; 0 means administrators only; null means everyone.</summary>
    public ulong? DefaultMemberPermissions { get; init; }
    /// <summary>Where it can be used: 0 guild, 1 bot DM, 2 private channel.</summary>
    public int[]? Contexts { get; init; }
    public int[]? IntegrationTypes { get; init; }
    public bool? Nsfw { get; init; }
    public ulong? Version { get; init; }
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
