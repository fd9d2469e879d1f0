namespace PainPalBot.Discord.Interactions;

/// <summary>Where an interaction happened, for <see cref="RequireContextAttribute"/>.</summary>
[Flags]
public enum ContextType
{
    /// <summary>A guild channel.</summary>
    Guild = 1,
    /// <summary>A DM with the bot.</summary>
    DM = 2,
    /// <summary>A group DM or another private channel.</summary>
    Group = 4,
}
