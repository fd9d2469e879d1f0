namespace PainPalBot.Discord.Interactions;

/// <summary>Guild permission bits (topics/permissions); sent as a decimal string on the wire.</summary>
[Flags]
#pragma warning disable CA1711 // Discord.Net's name for the same flags.
public enum GuildPermission : ulong
#pragma warning restore CA1711
{
    /// <summary>No permission.</summary>
    None = 0,
    /// <summary>Create instant invites.</summary>
    CreateInstantInvite = 1UL << 0,
    /// <summary>Kick members.</summary>
    KickMembers = 1UL << 1,
    /// <summary>Ban members.</summary>
    BanMembers = 1UL << 2,
    /// <summary>Every permission, bypassing channel overwrites.</summary>
    Administrator = 1UL << 3,
    /// <summary>Manage channels.</summary>
    ManageChannels = 1UL << 4,
    /// <summary>Manage the server's settings.</summary>
    ManageGuild = 1UL << 5,
    /// <summary>Add reactions.</summary>
    AddReactions = 1UL << 6,
    /// <summary>View the audit log.</summary>
    ViewAuditLog = 1UL << 7,
    /// <summary>View channels.</summary>
    ViewChannel = 1UL << 10,
    /// <summary>Send messages.</summary>
    SendMessages = 1UL << 11,
    /// <summary>Manage (delete, pin) other people's messages.</summary>
    ManageMessages = 1UL << 13,
    /// <summary>Embed links.</summary>
    EmbedLinks = 1UL << 14,
    /// <summary>Attach files.</summary>
    AttachFiles = 1UL << 15,
    /// <summary>Read message history.</summary>
    ReadMessageHistory = 1UL << 16,
    /// <summary>Mention @everyone and @here.</summary>
    MentionEveryone = 1UL << 17,
    /// <summary>Change their own nickname.</summary>
    ChangeNickname = 1UL << 26,
    /// <summary>Change other members' nicknames.</summary>
    ManageNicknames = 1UL << 27,
    /// <summary>Manage roles below their highest.</summary>
    ManageRoles = 1UL << 28,
    /// <summary>Manage webhooks.</summary>
    ManageWebhooks = 1UL << 29,
    /// <summary>Use application commands.</summary>
    UseApplicationCommands = 1UL << 31,
    /// <summary>Manage threads.</summary>
    ManageThreads = 1UL << 34,
    /// <summary>Send messages in threads.</summary>
    SendMessagesInThreads = 1UL << 38,
    /// <summary>Time members out.</summary>
    ModerateMembers = 1UL << 40,
}
