using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Sandbox;

/// <summary>A pretend member of the sandbox server.</summary>
internal sealed class SandboxPerson(ulong id, string name, ulong dmChannelId)
{
    /// <summary>What every member may do in the sandbox's channels.</summary>
    public const GuildPermission MemberPermissions = GuildPermission.ViewChannel | GuildPermission.SendMessages
        | GuildPermission.ReadMessageHistory | GuildPermission.UseApplicationCommands | GuildPermission.AddReactions
        | GuildPermission.EmbedLinks | GuildPermission.AttachFiles;

    public ulong Id { get; } = id;

    public string Name { get; } = name;

    public ulong DmChannelId { get; } = dmChannelId;

    public bool Moderator { get; set; }

    public GuildPermission Permissions => Moderator ? MemberPermissions | GuildPermission.ManageGuild : MemberPermissions;

    public User ToUser() => new() { Id = Id, Username = Name.ToLowerInvariant(), GlobalName = Name, Discriminator = "0" };
}
