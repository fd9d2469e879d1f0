using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PainPalBot.Modules.Crisis;
using Xunit.Abstractions;

namespace PainPalBot.Modules.Tests.Crisis;

/// <summary>
/// Recall, false alerts and recall per category and language on every corpus, with the floors each must keep.
/// The independent corpora (Corpora/README.md says who wrote them and how each was used) are the measure that counts;
/// the two hand-written ones beside this file are a regression set. Misses are printed as ids and the concepts and
/// rules that fired, never as text: these lines describe suicide and self-harm.
/// </summary>
public sealed class CrisisCorpusEvaluationTests(ITestOutputHelper output)
{
    private static readonly CrisisDetector Detector = CrisisDetector.Load(TestData.PhrasesDirectory);

    /// <summary>
    /// Corpus, lowest recall, highest false-alert rate, lowest recall of a signpost category with 8 or more lines.
    /// The floors sit just under what the detector measures today, so a change that loses ground fails here; they are
    /// not the goal (recall 0.90 and false alerts 3 % on corpora measured before being read; see Corpora/README.md).
    /// </summary>
    public static TheoryData<string, double, double, double> Corpora => new()
    {
        { "a.jsonl", 0.88, 0.015, 0.60 },
        { "b.jsonl", 0.88, 0.02, 0.65 },
        { "c.jsonl", 0.91, 0.02, 0.75 },
        { "d.jsonl", 0.84, 0.02, 0.65 },
        { "e.jsonl", 0.92, 0.02, 0.80 },
        { "f.jsonl", 0.72, 0.03, 0.55 },
        { "g.jsonl", 0.90, 0.015, 0.80 },
        { "h.jsonl", 0.92, 0.025, 0.85 },
        { "i.jsonl", 0.52, 0.04, 0.20 },
        { "crisis-corpus.tsv", 0.95, 0.02, 0 },
        { "crisis-corpus-holdout.tsv", 0.95, 0.02, 0 },
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Corpus_recall_false_alerts_and_categories_stay_above_their_floors(string corpus, double minRecall, double maxFalseAlerts, double minCategoryRecall)
    {
        var lines = Read(corpus);
        var result = Evaluate(corpus, lines);

        Assert.True(result.Recall >= minRecall, $"{corpus}: recall {result.Recall:P1} is below {minRecall:P0}");
        Assert.True(result.FalseAlertRate <= maxFalseAlerts, $"{corpus}: false alerts {result.FalseAlertRate:P1} above {maxFalseAlerts:P0}");
        foreach (var (category, recall, count) in result.Categories)
        {
            if (count >= 8)
                Assert.True(recall >= minCategoryRecall, $"{corpus}: category {category} ({count} lines) recall {recall:P0} below {minCategoryRecall:P0}");
        }
    }

    private Evaluation Evaluate(string name, IReadOnlyList<Line> lines)
    {
        int signposted = 0, missed = 0, falseAlerts = 0, quiet = 0, either = 0, eitherAlerts = 0;
        var categories = new SortedDictionary<string, (int Hit, int All)>(StringComparer.Ordinal);
        var languages = new SortedDictionary<string, (int Hit, int All, int False, int No)>(StringComparer.Ordinal);
        var notes = new List<string>();
        foreach (var line in lines)
        {
            var alert = Detector.Assess(line.Text).IsCrisis;
            languages.TryGetValue(line.Language, out var language);
            switch (line.Label)
            {
                case "signpost":
                    if (alert) signposted++;
                    else missed++;
                    categories.TryGetValue(line.Category, out var category);
                    categories[line.Category] = (category.Hit + (alert ? 1 : 0), category.All + 1);
                    languages[line.Language] = language with { Hit = language.Hit + (alert ? 1 : 0), All = language.All + 1 };
                    if (!alert) notes.Add($"  missed {line.Id} [{line.Language} {line.Category}] {Detector.Explain(line.Text)}");
                    break;
                case "no":
                    if (alert) falseAlerts++;
                    else quiet++;
                    languages[line.Language] = language with { False = language.False + (alert ? 1 : 0), No = language.No + 1 };
                    if (alert) notes.Add($"  false  {line.Id} [{line.Language} {line.Category}] {Detector.Explain(line.Text)}");
                    break;
                default:
                    either++;
                    if (alert) eitherAlerts++;
                    break;
            }
        }

        var result = new Evaluation(
            Ratio(signposted, signposted + missed),
            Ratio(falseAlerts, falseAlerts + quiet),
            [.. categories.Select(c => (c.Key, Ratio(c.Value.Hit, c.Value.All), c.Value.All))]);
        Write(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {lines.Count} lines. Recall {result.Recall:P1} ({signposted} of {signposted + missed}); false alerts {result.FalseAlertRate:P1} ({falseAlerts} of {falseAlerts + quiet}); 'either' alerted {eitherAlerts} of {either}."));
        foreach (var (category, recall, count) in result.Categories)
            Write(string.Create(CultureInfo.InvariantCulture, $"  recall {recall,6:P0} {category} ({count})"));
        foreach (var (language, figures) in languages)
            Write(string.Create(CultureInfo.InvariantCulture,
                $"  {language}: recall {Ratio(figures.Hit, figures.All):P0} of {figures.All}, false alerts {Ratio(figures.False, figures.No):P1} of {figures.No}"));
        foreach (var note in notes) Write(note);
        return result;
    }

    private static List<Line> Read(string corpus)
    {
        if (corpus.EndsWith(".tsv", StringComparison.Ordinal))
        {
            return [.. CorpusLine.Read(TestData.BesideSource(corpus)).Select(l => new Line(
                l.LineNumber.ToString(CultureInfo.InvariantCulture),
                l.Label switch { "crisis" => "signpost", "safe" => "no", _ => "either" },
                l.Language,
                "all",
                l.Text))];
        }

        return [.. File.ReadLines(TestData.BesideSource(Path.Combine("Corpora", corpus)))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<Line>(l, JsonOptions) ?? throw new InvalidDataException($"{corpus}: empty line"))];
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private void Write(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private sealed record Line(string Id, string Label, [property: JsonPropertyName("lang")] string Language, string Category, string Text);

    private sealed record Evaluation(double Recall, double FalseAlertRate, List<(string Category, double Recall, int Count)> Categories);
}
