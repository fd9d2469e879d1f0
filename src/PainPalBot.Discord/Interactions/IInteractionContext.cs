using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>Who invoked an interaction, where, and how to answer it.</summary>
public interface IInteractionContext
{
    /// <summary>The person who invoked it (in a guild or a DM).</summary>
    User User { get; }

    /// <summary>The invoker's membership, with permissions, when invoked in a guild.</summary>
    GuildMember? Member { get; }

    /// <summary>The guild, or null in DMs.</summary>
    ulong? GuildId { get; }

    /// <summary>The channel it was invoked in.</summary>
    ulong? ChannelId { get; }

    /// <summary>The channel as Discord sent it (partial), if present.</summary>
    Channel? Channel { get; }

    /// <summary>The raw interaction.</summary>
    Interaction Interaction { get; }

    /// <summary>The invoker's client language, e.g. "en-GB".</summary>
    string? Locale { get; }

    /// <summary>The invoker's total permissions in this channel (none in DMs).</summary>
    GuildPermission MemberPermissions { get; }

    /// <summary>Answers the interaction (respond, defer, follow up, modal).</summary>
    InteractionResponder Responder { get; }

    /// <summary>Whether the invoker holds all of <paramref name="permission"/> here (Administrator implies all).</summary>
    bool HasPermission(GuildPermission permission);
}
