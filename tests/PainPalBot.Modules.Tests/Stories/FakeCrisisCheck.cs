using PainPalBot.Modules.Stories;

namespace PainPalBot.Modules.Tests.Stories;

/// <summary>Treats any text containing <see cref="Marker"/> as crisis language; signposting is a recognisable line.</summary>
public sealed class FakeCrisisCheck : IStoryCrisisCheck, IStorySignposting
{
    public const string Marker = "i can't go on";
    public const string SignpostText = "HELPLINES: call 116 123";

    public List<string?> CountriesAsked { get; } = [];

    public bool IsCrisis(string text) => text.Contains(Marker, StringComparison.OrdinalIgnoreCase);

    public string ForCountry(string? country)
    {
        CountriesAsked.Add(country);
        return SignpostText;
    }
}
