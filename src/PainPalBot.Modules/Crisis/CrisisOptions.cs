namespace PainPalBot.Modules.Crisis;

/// <summary>Settings for crisis signposting and detection (configuration section <c>Crisis</c>).</summary>
public sealed class CrisisOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Crisis";

    /// <summary>Folder holding the data files; relative paths and the default resolve against <see cref="AppContext.BaseDirectory"/>/config.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The helpline file, relative to <see cref="DataDirectory"/>.</summary>
    public string HelplinesFile { get; set; } = "helplines.json";

    /// <summary>The folder of per-language phrase files, relative to <see cref="DataDirectory"/>.</summary>
    public string PhrasesDirectory { get; set; } = "crisis-phrases";

    /// <summary>Score from which a message counts as crisis language (0 to 1).</summary>
    public double AlertThreshold { get; set; } = 0.5;

    /// <summary>How many helplines are shown at once; the rest are offered as "more".</summary>
    public int HelplinesShown { get; set; } = 3;

    /// <summary>The country select when none is configured: the most common countries first.</summary>
    public static IReadOnlyList<string> DefaultCountryChoices { get; } =
    [
        "US", "GB", "CA", "AU", "IE", "NZ", "DE", "FR", "ES", "IT", "NL", "BE", "SE",
        "NO", "DK", "FI", "CH", "AT", "PL", "PT", "MX", "BR", "IN", "ZA", "JP",
    ];

    /// <summary>
    /// Country codes offered in the country select, most common first (at most 25, Discord's limit);
    /// null means <see cref="DefaultCountryChoices"/>. (Null by default because binding appends to a pre-filled list.)
    /// </summary>
    public List<string>? CountryChoices { get; set; }

    /// <summary>The configured country choices, or the defaults.</summary>
    public IReadOnlyList<string> EffectiveCountryChoices => CountryChoices is { Count: > 0 } ? CountryChoices : DefaultCountryChoices;

    /// <summary>The data folder as an absolute path.</summary>
    public string ResolveDataDirectory() => DataPath.Resolve(DataDirectory);
}
