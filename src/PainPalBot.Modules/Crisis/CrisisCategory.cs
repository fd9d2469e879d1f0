namespace PainPalBot.Modules.Crisis;

/// <summary>What kind of risk language a message carries.</summary>
public enum CrisisCategory
{
    /// <summary>No risk language found.</summary>
    None = 0,

    /// <summary>Language about ending one's life.</summary>
    Suicide = 1,

    /// <summary>Language about hurting oneself.</summary>
    SelfHarm = 2,
}
