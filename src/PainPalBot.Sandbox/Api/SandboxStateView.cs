using System.Text.Json;

namespace PainPalBot.Sandbox.Api;

/// <summary>Everything the page needs to draw itself (<c>GET /sandbox/api/state</c>).</summary>
public sealed record SandboxStateView
{
    /// <summary>The pretend server.</summary>
    public required SandboxGuildView Guild { get; init; }

    /// <summary>The bot's user.</summary>
    public required SandboxUserView Bot { get; init; }

    /// <summary>Server channels, then one DM per person.</summary>
    public required IReadOnlyList<SandboxChannelView> Channels { get; init; }

    /// <summary>The pretend people.</summary>
    public required IReadOnlyList<SandboxUserView> Users { get; init; }

    /// <summary>The server's roles (not @everyone).</summary>
    public required IReadOnlyList<SandboxRoleView> Roles { get; init; }

    /// <summary>The commands the bot registered, global then guild, as Discord JSON.</summary>
    public required JsonElement Commands { get; init; }

    /// <summary>The sandbox clock.</summary>
    public required SandboxClockView Clock { get; init; }

    /// <summary>Every message, in order (the page filters by channel and by who may see it).</summary>
    public required IReadOnlyList<SandboxMessageView> Messages { get; init; }
}
