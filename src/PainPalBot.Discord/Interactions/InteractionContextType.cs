namespace PainPalBot.Discord.Interactions;

/// <summary>Interaction contexts a command may be used in (the command's <c>contexts</c> field).</summary>
public enum InteractionContextType
{
    /// <summary>Inside a guild.</summary>
    Guild = 0,
    /// <summary>In the bot's DM channel.</summary>
    BotDm = 1,
    /// <summary>In group DMs and DMs other than the bot's.</summary>
    PrivateChannel = 2,
}
