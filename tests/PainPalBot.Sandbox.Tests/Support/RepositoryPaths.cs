using System.Reflection;

namespace PainPalBot.Sandbox.Tests.Support;

/// <summary>Finds files of the repository the tests were built from.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root, recorded at build time (the binaries may live elsewhere, see PAINPAL_ARTIFACTS).</summary>
    public static string Root =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>Where the README's screenshot lives.</summary>
    public static string Screenshot => Path.Combine(Root, "docs", "sandbox.png");
}
