using PainPalBot.Modules.Crisis;

namespace PainPalBot.Modules.Stories;

/// <summary>Story signposting backed by the shared <see cref="CrisisSignpost"/> helpline directory.</summary>
public sealed class CrisisSignpostStorySignposting(CrisisSignpost signpost) : IStorySignposting
{
    /// <inheritdoc />
    public string ForCountry(string? country) => signpost.ForCountry(country).Text;
}
