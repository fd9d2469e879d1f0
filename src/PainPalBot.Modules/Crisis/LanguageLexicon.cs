namespace PainPalBot.Modules.Crisis;

/// <summary>
/// One language's compiled concept phrases. Languages are matched one at a time, never mixed in one trie: English
/// "noose" folds to "nose", which is how Spanish chat writes "no sé", and English "he" is Spanish "he tomado".
/// </summary>
/// <param name="Language">ISO 639-1 code, from the file.</param>
/// <param name="Trie">The language's phrases; a match's entry is the concept id.</param>
/// <param name="ClauseBreakIds">Word ids that start a new clause ("but", "pero", "mais", "aber").</param>
/// <param name="PhraseCount">Concrete phrases the file expanded to.</param>
/// <param name="Markers">Folded function words that say a message is written in this language ("the", "que", "ich").</param>
internal sealed record LanguageLexicon(string Language, PhraseTrie Trie, bool[] ClauseBreakIds, int PhraseCount, HashSet<string> Markers)
{
    /// <summary>Looks markers up by folded span, without allocating.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MarkerLookup { get; } = Markers.GetAlternateLookup<ReadOnlySpan<char>>();
}
