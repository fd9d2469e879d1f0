using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// Builds crisis signposting from data loaded at start (no I/O per call). Wording follows safe-messaging practice:
/// warm, no diagnosis, no method talk, no promise of secrecy, and always a way to reach a person now.
/// </summary>
public sealed class CrisisSignpost
{
    /// <summary>The first sentence of every answer.</summary>
    public const string OpeningSentence = "You deserve support right now, and you don't have to go through this alone.";

    /// <summary>The general answer's last line, which points at the country select <c>/crisis</c> shows under it.</summary>
    public const string ChooseCountrySentence = "You can also choose your country below.";

    private const string TalkSentence = "Talking to someone trained to listen can help. You can reach a person now:";

    private readonly HelplineDirectory _directory;
    private readonly int _shown;

    /// <summary>Creates the service; every configured country choice must be listed in the directory.</summary>
    public CrisisSignpost(HelplineDirectory directory, IOptions<CrisisOptions> options)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        _directory = directory;
        _shown = Math.Clamp(options.Value.HelplinesShown, 1, 5);
        var choices = new List<CountryChoice>();
        foreach (var code in options.Value.EffectiveCountryChoices.Take(25))
        {
            var country = directory.Find(code)
                ?? throw new InvalidOperationException($"Crisis:CountryChoices lists '{code}', which is not in the helpline file.");
            choices.Add(new CountryChoice(country.Code, country.Name));
        }

        CountryChoices = choices;
    }

    /// <summary>Countries for a select, most common first (at most 25).</summary>
    public IReadOnlyList<CountryChoice> CountryChoices { get; }

    /// <summary>Signposting for a country given by code, name or alias; an unknown or missing country gets a kind general answer.</summary>
    public CrisisSignpostResult ForCountry(string? country)
    {
        if (!_directory.TryFind(country, out var found)) return General();

        var helplines = found.Helplines.Take(_shown).Select(Render).ToArray();
        var more = Math.Max(0, found.Helplines.Count - _shown);
        var emergency = $"If you are in danger or might act on these feelings, call {found.EmergencyNumber} now"
            + (found.EmergencyNote is null ? "." : $" ({found.EmergencyNote}).");
        var source = string.Create(CultureInfo.InvariantCulture, $"Numbers for {found.Name} from {found.Source}, last checked {found.Verified:yyyy-MM-dd}.");

        var lines = new List<string> { OpeningSentence, emergency };
        if (helplines.Length > 0)
        {
            lines.Add(TalkSentence);
            lines.AddRange(helplines.Select(h => "• " + h.Text));
            if (more > 0) lines.Add($"{more} more helpline{(more == 1 ? "" : "s")} for {found.Name} available.");
        }
        else
        {
            lines.Add($"I don't have a helpline number for {found.Name} that I can vouch for, but these directories list local services you can contact now:");
        }

        lines.Add(DirectoryLine());
        lines.Add(source);
        return new CrisisSignpostResult(true, found.Code, found.Name, OpeningSentence, emergency, helplines, more, _directory.Directories, source, lines, []);
    }

    /// <summary>The helplines beyond the first three for a country ("more"); empty when there are none or the country is unknown.</summary>
    public IReadOnlyList<HelplineLine> MoreFor(string? country) =>
        _directory.TryFind(country, out var found)
            ? found.Helplines.Skip(_shown).Select(Render).ToArray()
            : [];

    private CrisisSignpostResult General()
    {
        const string emergency = "If you are in danger or might act on these feelings, call your local emergency number now "
            + "(for example 112 in much of Europe, 911 in North America, 999 in the UK, 000 in Australia).";
        var lines = new List<string>
        {
            OpeningSentence,
            emergency,
            "I don't have helplines for your country listed yet, but you can find one near you, open now:",
            DirectoryLine(),
            ChooseCountrySentence,
        };
        return new CrisisSignpostResult(false, null, null, OpeningSentence, emergency, [], 0, _directory.Directories, null, lines, CountryChoices);
    }

    private string DirectoryLine() =>
        "Helplines worldwide: " + string.Join(" · ", _directory.Directories.Select(d => $"{d.Name} {d.Url}"));

    private static HelplineLine Render(Helpline helpline)
    {
        var ways = new List<string>();
        if (helpline.Phone is not null && helpline.Text is not null && helpline.Phone == helpline.Text && helpline.TextKeyword is null)
        {
            ways.Add($"call or text {helpline.Phone}");
        }
        else
        {
            if (helpline.Phone is not null) ways.Add($"call {helpline.Phone}");
            if (helpline.Text is not null)
                ways.Add(helpline.TextKeyword is null ? $"text {helpline.Text}" : $"text {helpline.TextKeyword} to {helpline.Text}");
        }

        if (helpline.ChatUrl is not null) ways.Add($"chat at {helpline.ChatUrl}");
        var text = new StringBuilder(helpline.Name).Append(": ").Append(string.Join(", or ", ways));
        text.Append(" (").Append(helpline.Hours).Append(')');
        return new HelplineLine(helpline.Name, text.ToString(), helpline.Phone, helpline.Text, helpline.TextKeyword, helpline.ChatUrl, helpline.Website, helpline.Hours);
    }
}
