namespace PainPalBot.Modules.Crisis;

/// <summary>One language's concept file (config/crisis-phrases/&lt;language&gt;.json) as written: the words that express each concept.</summary>
internal sealed record ConceptLexiconDocument(
    string? Language,
    List<string?>? Markers,
    Dictionary<string, List<string?>?>? Concepts,
    List<string?>? ClauseBreaks);
