using System.Globalization;
using PainPalBot.Modules.Crisis;
using Xunit.Abstractions;

namespace PainPalBot.Modules.Tests.Crisis;

/// <summary>
/// Precision and recall on hand-written corpora. The main corpus is for tuning (misses are printed);
/// the held-out corpus is only ever reported as totals, so tuning cannot peek at it.
/// </summary>
public sealed class CrisisCorpusEvaluationTests(ITestOutputHelper output)
{
    private static readonly CrisisDetector Detector = CrisisDetector.Load(TestData.PhrasesDirectory);

    [Fact]
    public void Main_corpus_recall_is_at_least_95_percent_with_at_most_3_percent_false_alerts()
    {
        var lines = CorpusLine.Read(TestData.BesideSource("crisis-corpus.tsv"));
        Assert.True(lines.Count >= 300, $"corpus has only {lines.Count} lines");

        var result = Evaluate("crisis-corpus.tsv", lines, showLines: true);

        Assert.True(result.Recall >= 0.95, $"recall {result.Recall:P1} is below 95 %");
        Assert.True(result.FalseAlertRate <= 0.03, $"false alerts {result.FalseAlertRate:P1} above 3 %");
    }

    [Fact]
    public void Held_out_corpus_recall_is_at_least_90_percent_with_at_most_5_percent_false_alerts()
    {
        var lines = CorpusLine.Read(TestData.BesideSource("crisis-corpus-holdout.tsv"));

        var result = Evaluate("crisis-corpus-holdout.tsv", lines, showLines: false);

        Assert.True(result.Recall >= 0.90, $"held-out recall {result.Recall:P1} is below 90 %");
        Assert.True(result.FalseAlertRate <= 0.05, $"held-out false alerts {result.FalseAlertRate:P1} above 5 %");
    }

    private Evaluation Evaluate(string name, IReadOnlyList<CorpusLine> lines, bool showLines)
    {
        int truePositive = 0, falseNegative = 0, falsePositive = 0, trueNegative = 0, ambiguousAlerts = 0, ambiguous = 0;
        foreach (var line in lines)
        {
            var assessment = Detector.Assess(line.Text);
            switch (line.Label)
            {
                case "crisis" when assessment.IsCrisis:
                    truePositive++;
                    break;
                case "crisis":
                    falseNegative++;
                    if (showLines) Write($"  missed   {line.LineNumber,4} [{line.Language}] {assessment.Score:0.00} {line.Text}");
                    break;
                case "safe" when assessment.IsCrisis:
                    falsePositive++;
                    if (showLines) Write($"  false    {line.LineNumber,4} [{line.Language}] {assessment.Score:0.00} {line.Text}");
                    break;
                case "safe":
                    trueNegative++;
                    break;
                default:
                    ambiguous++;
                    if (assessment.IsCrisis) ambiguousAlerts++;
                    if (showLines) Write($"  ambiguous {line.LineNumber,3} [{line.Language}] {(assessment.IsCrisis ? "alert" : "quiet")} {assessment.Score:0.00} {line.Text}");
                    break;
            }
        }

        var result = new Evaluation(
            Recall: Ratio(truePositive, truePositive + falseNegative),
            Precision: Ratio(truePositive, truePositive + falsePositive),
            FalseAlertRate: Ratio(falsePositive, falsePositive + trueNegative));
        Write(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {lines.Count} lines; crisis {truePositive + falseNegative}, safe {falsePositive + trueNegative}, ambiguous {ambiguous} ({ambiguousAlerts} alerted). "
            + $"precision {result.Precision:P1}, recall {result.Recall:P1} ({falseNegative} missed), false alerts {result.FalseAlertRate:P1} ({falsePositive})"));
        return result;
    }

    private void Write(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private sealed record Evaluation(double Recall, double Precision, double FalseAlertRate);
}
