namespace PainPalBot.Discord.Gateway;

/// <summary>Gateway intents the client may ask for (events/gateway#list-of-intents).</summary>
[Flags]
public enum GatewayIntents
{
    /// <summary>No intents.</summary>
    None = 0,

    /// <summary>Guild create/update/delete, roles, channels, threads.</summary>
    Guilds = 1 << 0,

    /// <summary>Member add/update/remove. Privileged.</summary>
    GuildMembers = 1 << 1,

    /// <summary>Messages in guild channels.</summary>
    GuildMessages = 1 << 9,

    /// <summary>Messages in DMs.</summary>
    DirectMessages = 1 << 12,

    /// <summary>Message content, embeds, attachments and components of other people's messages. Privileged.</summary>
    MessageContent = 1 << 15,
}
