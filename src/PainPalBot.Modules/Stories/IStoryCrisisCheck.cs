namespace PainPalBot.Modules.Stories;

/// <summary>Decides whether a story holds crisis language (an adapter over the crisis detector).</summary>
public interface IStoryCrisisCheck
{
    /// <summary>True when the text holds crisis language.</summary>
    bool IsCrisis(string text);
}
