using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using PainPalBot.Modules.Crisis;

namespace PainPalBot.Benchmarks;

/// <summary>
/// How long the crisis detector takes on a typical 200-character message, the longest dense message Discord allows, and
/// a whole corpus, and what it allocates (it should not). Per-message percentiles: the <c>crisis</c> load run.
/// </summary>
[MemoryDiagnoser]
public class CrisisDetectorBenchmark
{
    // About 200 characters each: what a pain server's channel usually carries.
    private const string Everyday =
        "Flare day again, pain is an 8 and my back is killing me. Took my meds, heat pad on, cat on my lap. " +
        "Physio tomorrow, hoping she has ideas for pacing because work is wiping me out every single week.";

    private const string Crisis =
        "I can't keep doing this. The pain never stops and nobody believes me anymore, not even my doctor. " +
        "Honestly I just want to die, everyone would be better off without me and I'm so tired of fighting.";

    private const string LongMessage = Everyday + " " + Everyday + " " + Everyday + " " + Everyday + " " + Everyday + " " + Everyday + " " + Everyday + " " + Everyday + " " + Crisis;

    // 4,000 characters dense with concept words: the most work one message can make.
    private static readonly string Dense = string.Concat(Enumerable.Repeat("i want to die, not joking, took all my pills tonight. ", 80))[..CrisisDetector.MaxCharacters];

    private CrisisDetector _detector = null!;

    /// <summary>Loads the shipped phrase files once (as the bot does at start).</summary>
    [GlobalSetup]
    public void Setup() => _detector = CrisisDetector.Load(PhrasesDirectory());

    /// <summary>A typical message with pain talk but no risk language.</summary>
    [Benchmark(Baseline = true)]
    public CrisisAssessment Everyday200() => _detector.Assess(Everyday);

    /// <summary>A typical message with risk language.</summary>
    [Benchmark]
    public CrisisAssessment Crisis200() => _detector.Assess(Crisis);

    /// <summary>A long (about 1,800-character) message.</summary>
    [Benchmark]
    public CrisisAssessment Long1800() => _detector.Assess(LongMessage);

    /// <summary>The worst case a message can make.</summary>
    [Benchmark]
    public CrisisAssessment Dense4000() => _detector.Assess(Dense);

    /// <summary>Compiling every phrase file, as at start.</summary>
    [Benchmark]
    public CrisisDetector LoadPhrases() => CrisisDetector.Load(PhrasesDirectory());

    // The repository's config folder, found from this source file (BenchmarkDotNet runs from its own build folder);
    // PAINPAL_CONFIG overrides it.
    private static string PhrasesDirectory([CallerFilePath] string source = "") =>
        Path.Combine(
            Environment.GetEnvironmentVariable("PAINPAL_CONFIG") ?? Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "config"),
            "crisis-phrases");
}
