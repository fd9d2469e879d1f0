namespace PainPalBot.Discord.Interactions;

/// <summary>How a slash command parameter is read from its option.</summary>
internal enum ParameterKind
{
    String,
    Int32,
    Int64,
    Double,
    Boolean,
    Enum,
    User,
    GuildMember,
    Channel,
    Role,
    Mentionable,
    Attachment,
}
