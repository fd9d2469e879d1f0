using System.Runtime.CompilerServices;

namespace PainPalBot.Modules.Tests.Crisis;

/// <summary>Paths to the shipped data (copied next to the tests) and to files beside this source file.</summary>
internal static class TestData
{
    public static string ConfigDirectory => Path.Combine(AppContext.BaseDirectory, "config");

    public static string HelplinesPath => Path.Combine(ConfigDirectory, "helplines.json");

    public static string PhrasesDirectory => Path.Combine(ConfigDirectory, "crisis-phrases");

    // The corpus stays beside the tests in source control rather than in the build output.
    public static string BesideSource(string fileName, [CallerFilePath] string sourceFile = "") =>
        Path.Combine(Path.GetDirectoryName(sourceFile)!, fileName);
}
