namespace PainPalBot.Modules.Tests.Crisis;

/// <summary>One labelled line of the crisis corpus: crisis, safe or ambiguous.</summary>
internal sealed record CorpusLine(int LineNumber, string Label, string Language, string Text)
{
    public static IReadOnlyList<CorpusLine> Read(string path) =>
        File.ReadAllLines(path)
            .Select((line, i) => (line, i))
            .Where(x => x.line.Length > 0 && !x.line.StartsWith('#'))
            .Select(x =>
            {
                var parts = x.line.Split('\t', 3);
                if (parts.Length != 3 || parts[0] is not ("crisis" or "safe" or "ambiguous"))
                    throw new InvalidDataException($"{Path.GetFileName(path)} line {x.i + 1}: expected label<TAB>language<TAB>text");
                return new CorpusLine(x.i + 1, parts[0], parts[1], parts[2]);
            })
            .ToList();
}
