namespace PainPalBot.Modules.Resources;

/// <summary>Where a resource comes from.</summary>
public enum ResourceOrigin
{
    /// <summary>The bot's curated, read-only library.</summary>
    Curated,

    /// <summary>Added by the server's moderators.</summary>
    Server,
}
