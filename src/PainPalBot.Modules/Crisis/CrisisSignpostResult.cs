namespace PainPalBot.Modules.Crisis;

/// <summary>
/// What to show someone who may be in crisis: plain lines (<see cref="Text"/>) and the same content as data,
/// so a module can build an embed with link buttons and a country select.
/// </summary>
/// <param name="CountryFound">False when the country was not given or is not listed; the answer then points to directories.</param>
/// <param name="CountryCode">ISO code of the country shown, if found.</param>
/// <param name="CountryName">English name of the country shown, if found.</param>
/// <param name="Opening">The first, human sentence.</param>
/// <param name="EmergencyLine">How to reach emergency services now.</param>
/// <param name="Helplines">At most three helplines (see <see cref="CrisisOptions.HelplinesShown"/>).</param>
/// <param name="MoreCount">How many more helplines <see cref="CrisisSignpost.MoreFor"/> returns.</param>
/// <param name="Directories">Worldwide directories, always included.</param>
/// <param name="SourceLine">Where the numbers come from and when they were checked, if a country was found.</param>
/// <param name="Lines">Everything above as plain text lines, in reading order.</param>
/// <param name="CountryChoices">Options for a country select (at most 25); offered when no country was found.</param>
public sealed record CrisisSignpostResult(
    bool CountryFound,
    string? CountryCode,
    string? CountryName,
    string Opening,
    string EmergencyLine,
    IReadOnlyList<HelplineLine> Helplines,
    int MoreCount,
    IReadOnlyList<DirectoryLink> Directories,
    string? SourceLine,
    IReadOnlyList<string> Lines,
    IReadOnlyList<CountryChoice> CountryChoices)
{
    /// <summary>The lines joined with new lines (well under Discord's 2,000-character message limit).</summary>
    public string Text => string.Join('\n', Lines);

    /// <summary>
    /// <see cref="Text"/> for a message that carries no country select (a DM, a reply in text only): the pointer to the
    /// select below becomes one to <c>/crisis</c>, which has it.
    /// </summary>
    public string TextWithoutSelect =>
        string.Join('\n', Lines.Select(l => l == CrisisSignpost.ChooseCountrySentence ? "You can also choose your country with `/crisis`." : l));
}
