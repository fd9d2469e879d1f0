using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// Loads the helplines and phrase files when the host starts, so bad data stops the bot at start
/// with one message naming the entry, not at the first person who needs help.
/// </summary>
public sealed partial class CrisisStartupCheck(HelplineDirectory helplines, CrisisDetector detector, CrisisSignpost signpost, ILogger<CrisisStartupCheck> log) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogLoaded(log, helplines.Countries.Count, signpost.CountryChoices.Count, detector.PhraseCount, detector.Languages.Count);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis data loaded: helplines for {CountryCount} countries ({ChoiceCount} in the select), {PhraseCount} phrases in {LanguageCount} languages")]
    private static partial void LogLoaded(ILogger logger, int countryCount, int choiceCount, int phraseCount, int languageCount);
}
