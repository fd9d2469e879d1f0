namespace PainPalBot.Modules.Connections;

/// <summary>The conditions a person may list in their connection profile (any combination).</summary>
[Flags]
public enum PainConditions
{
    /// <summary>None listed.</summary>
    None = 0,
    /// <summary>Fibromyalgia.</summary>
    Fibromyalgia = 1 << 0,
    /// <summary>Complex regional pain syndrome.</summary>
    Crps = 1 << 1,
    /// <summary>Migraine.</summary>
    Migraine = 1 << 2,
    /// <summary>Endometriosis.</summary>
    Endometriosis = 1 << 3,
    /// <summary>Ehlers-Danlos syndromes.</summary>
    Eds = 1 << 4,
    /// <summary>Arthritis.</summary>
    Arthritis = 1 << 5,
    /// <summary>Back pain.</summary>
    BackPain = 1 << 6,
    /// <summary>Neuropathy.</summary>
    Neuropathy = 1 << 7,
    /// <summary>Another condition.</summary>
    Other = 1 << 8,
}
