using System.Reflection;

namespace PainPalBot.Sandbox.Tests.Support;

/// <summary>Finds files of the repository the tests were built from.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root, recorded at build time (the binaries may live elsewhere, see PAINPAL_ARTIFACTS).</summary>
    public static string Root =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>
    /// Where the browser test saves its screenshot: the README's docs/sandbox.png when PAINPAL_UPDATE_SCREENSHOT=1
    /// (so ordinary test runs leave the tracked image alone), else a file in the temp folder.
    /// </summary>
    public static string Screenshot =>
        Environment.GetEnvironmentVariable("PAINPAL_UPDATE_SCREENSHOT") == "1"
            ? Path.Combine(Root, "docs", "sandbox.png")
            : Path.Combine(Path.GetTempPath(), "painpal-sandbox-tests", "sandbox.png");
}
