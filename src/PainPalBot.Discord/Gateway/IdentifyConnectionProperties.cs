namespace PainPalBot.Discord.Gateway;

/// <summary>The <c>properties</c> of IDENTIFY: operating system, library and device.</summary>
public sealed record IdentifyConnectionProperties
{
    /// <summary>The operating system, e.g. linux.</summary>
    public string Os { get; init; } = "";

    /// <summary>The library name.</summary>
    public string Browser { get; init; } = "";

    /// <summary>The library name again, as Discord asks.</summary>
    public string Device { get; init; } = "";
}
