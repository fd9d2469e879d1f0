using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>The context modules receive: use <c>InteractionModuleBase&lt;InteractionContext&gt;</c>.</summary>
public sealed class InteractionContext : IInteractionContext
{
    /// <summary>Creates the context of one interaction.</summary>
    public InteractionContext(Interaction interaction, InteractionResponder responder)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(responder);
        Interaction = interaction;
        Responder = responder;
        User = interaction.Invoker ?? new User();
    }

    /// <inheritdoc />
    public User User { get; }

    /// <inheritdoc />
    public GuildMember? Member => Interaction.Member;

    /// <inheritdoc />
    public ulong? GuildId => Interaction.GuildId;

    /// <inheritdoc />
    public ulong? ChannelId => Interaction.ChannelId ?? Interaction.Channel?.Id;

    /// <inheritdoc />
    public Channel? Channel => Interaction.Channel;

    /// <inheritdoc />
    public Interaction Interaction { get; }

    /// <inheritdoc />
    public string? Locale => Interaction.Locale;

    /// <summary>The guild's preferred language, in guilds.</summary>
    public string? GuildLocale => Interaction.GuildLocale;

    /// <inheritdoc />
    public GuildPermission MemberPermissions => (GuildPermission)(Interaction.Member?.Permissions ?? 0);

    /// <inheritdoc />
    public InteractionResponder Responder { get; }

    /// <inheritdoc />
    public bool HasPermission(GuildPermission permission)
    {
        var held = MemberPermissions;
        return (held & GuildPermission.Administrator) != 0 || (held & permission) == permission;
    }

    /// <summary>The guild member behind a user option, when Discord resolved one.</summary>
    public GuildMember? GetResolvedMember(ulong userId) =>
        Interaction.Data?.Resolved?.Members is { } members && members.TryGetValue(userId, out var member)
            ? member.User is null && Interaction.Data.Resolved.Users?.TryGetValue(userId, out var user) == true ? member with { User = user } : member
            : null;
}
