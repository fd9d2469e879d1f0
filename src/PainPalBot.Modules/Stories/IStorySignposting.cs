namespace PainPalBot.Modules.Stories;

/// <summary>The crisis signposting shown privately to an author whose story holds crisis language.</summary>
public interface IStorySignposting
{
    /// <summary>Helpline text for the server's country (ISO code, or null for a general answer).</summary>
    string ForCountry(string? country);
}
