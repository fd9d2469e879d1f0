namespace PainPalBot.Modules.Crisis;

/// <summary>Finds the shipped data files: the host copies config/** next to the binary.</summary>
internal static class DataPath
{
    /// <summary>An absolute data folder: the configured one (relative to the binary) or the binary's <c>config</c> folder.</summary>
    public static string Resolve(string? configured) =>
        string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "config")
            : Path.GetFullPath(configured, AppContext.BaseDirectory);
}
