using System.Text.Json;

namespace PainPalBot.Sandbox.Api;

/// <summary>Run a slash command, or ask for autocomplete (<c>POST /sandbox/api/command</c>, <c>/autocomplete</c>).</summary>
public sealed record CommandRequest
{
    /// <summary>Who runs it.</summary>
    public string UserId { get; init; } = "";

    /// <summary>Where.</summary>
    public string ChannelId { get; init; } = "";

    /// <summary>The top-level command name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Discord's option tree: subcommand group → subcommand → <c>{name, type, value, focused?}</c>.</summary>
    public JsonElement Options { get; init; }
}
