using PainPalBot.Discord.Interactions;

namespace PainPalBot.Modules.Connections;

/// <summary>One condition as a <c>/connect profile</c> choice; each member is named after its <see cref="PainConditions"/> flag.</summary>
public enum ConditionOption
{
    /// <summary>Fibromyalgia.</summary>
    [ChoiceDisplay("Fibromyalgia")]
    Fibromyalgia,

    /// <summary>Complex regional pain syndrome.</summary>
    [ChoiceDisplay("CRPS")]
    Crps,

    /// <summary>Migraine.</summary>
    [ChoiceDisplay("Migraine")]
    Migraine,

    /// <summary>Endometriosis.</summary>
    [ChoiceDisplay("Endometriosis")]
    Endometriosis,

    /// <summary>Ehlers-Danlos syndromes.</summary>
    [ChoiceDisplay("EDS (Ehlers-Danlos)")]
    Eds,

    /// <summary>Arthritis.</summary>
    [ChoiceDisplay("Arthritis")]
    Arthritis,

    /// <summary>Back pain.</summary>
    [ChoiceDisplay("Back pain")]
    BackPain,

    /// <summary>Neuropathy.</summary>
    [ChoiceDisplay("Neuropathy")]
    Neuropathy,

    /// <summary>Another condition.</summary>
    [ChoiceDisplay("Another condition")]
    Other,
}
