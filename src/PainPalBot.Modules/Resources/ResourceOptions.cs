namespace PainPalBot.Modules.Resources;

/// <summary>Settings for the resources library (configuration section <c>Resources</c>).</summary>
public sealed class ResourceOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Resources";

    /// <summary>Folder holding the data files; relative paths and the default resolve against <see cref="AppContext.BaseDirectory"/>/config.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The curated library, relative to <see cref="DataDirectory"/>.</summary>
    public string ResourcesFile { get; set; } = "resources.json";

    /// <summary>Most entries one server may add.</summary>
    public int MaxServerEntries { get; set; } = 200;

    /// <summary>The curated library file as an absolute path.</summary>
    public string ResolveResourcesFile() => Path.Combine(Crisis.DataPath.Resolve(DataDirectory), ResourcesFile);
}
