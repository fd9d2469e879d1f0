namespace PainPalBot.Modules.Resources;

/// <summary>
/// Scores a resource against search words: a title match beats a tag match beats a summary match;
/// whole words beat word starts beat near-misses (simple typo tolerance).
/// </summary>
internal static class ResourceRanker
{
    private const double TitleWeight = 10, TagWeight = 6, SummaryWeight = 2, SourceWeight = 3;

    public static double Score(Resource resource, string[] query, string queryText)
    {
        if (query.Length == 0) return 0;
        var title = SearchWords.Split(resource.Title);
        var tags = resource.Tags.SelectMany(t => SearchWords.Split(t)).ToArray();
        var summary = SearchWords.Split(resource.Summary);
        var source = SearchWords.Split(resource.Source);

        double total = 0;
        var matched = 0;
        foreach (var word in query)
        {
            var best = Math.Max(
                Math.Max(TitleWeight * Match(word, title), TagWeight * Match(word, tags)),
                Math.Max(SummaryWeight * Match(word, summary), SourceWeight * Match(word, source)));
            if (best > 0) matched++;
            total += best;
        }

        // Most words should find something: "sleep work" should not list every page that mentions work.
        if (matched == 0 || matched * 2 < query.Length) return 0;
        total *= (double)matched / query.Length;
        var normalizedTitle = string.Join(' ', title);
        if (normalizedTitle == queryText) total += 50;
        else if (normalizedTitle.StartsWith(queryText, StringComparison.Ordinal)) total += 20;
        return total;
    }

    /// <summary>1 for a whole word, 0.7 for a word start, 0.4 for a near miss, 0 otherwise.</summary>
    private static double Match(string word, string[] words)
    {
        double best = 0;
        foreach (var candidate in words)
        {
            if (candidate == word) return 1;
            if (word.Length >= 2 && candidate.StartsWith(word, StringComparison.Ordinal)) best = Math.Max(best, 0.7);
            else if (word.Length >= 4 && candidate.Length > word.Length + 2 && candidate.Contains(word, StringComparison.Ordinal)) best = Math.Max(best, 0.5);
            else if (best < 0.4)
            {
                var tolerance = SearchWords.Tolerance(word);
                if (tolerance > 0 && SearchWords.Distance(word, candidate, tolerance) <= tolerance) best = 0.4;
            }
        }

        return best;
    }
}
