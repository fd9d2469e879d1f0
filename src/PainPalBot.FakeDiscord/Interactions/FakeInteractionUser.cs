using PainPalBot.Discord.Interactions;

namespace PainPalBot.FakeDiscord;

/// <summary>
/// Who a FakeDiscord interaction helper acts as: a member of the test guild (with permissions and roles)
/// or, with <see cref="InDm"/>, a person in their DM with the bot.
/// </summary>
public sealed record FakeInteractionUser(ulong UserId)
{
    /// <summary>What members get by default: view, send, read history, use commands.</summary>
    public const GuildPermission DefaultPermissions = GuildPermission.ViewChannel | GuildPermission.SendMessages
        | GuildPermission.ReadMessageHistory | GuildPermission.UseApplicationCommands | GuildPermission.AddReactions
        | GuildPermission.EmbedLinks | GuildPermission.AttachFiles;

    /// <summary>The username; "user{id}" when not set.</summary>
    public string? Username { get; init; }

    /// <summary>Invoke in the bot's DM instead of the test guild.</summary>
    public bool InDm { get; init; }

    /// <summary>The member's total permissions in the channel (guild only).</summary>
    public GuildPermission Permissions { get; init; } = DefaultPermissions;

    /// <summary>The member's role ids (guild only).</summary>
    public IReadOnlyList<ulong> Roles { get; init; } = [];

    /// <summary>The client language.</summary>
    public string Locale { get; init; } = "en-GB";

    /// <summary>The guild channel to invoke in; FakeDiscord's default channel when null.</summary>
    public ulong? ChannelId { get; init; }
}
