using PainPalBot.Discord.Interactions;

namespace PainPalBot.Discord.Tests.Interactions.Sample;

/// <summary>An enum option shown as choices.</summary>
public enum Mood
{
    /// <summary>Low.</summary>
    [ChoiceDisplay("Feeling low")]
    Low,

    /// <summary>Okay.</summary>
    Okay,

    /// <summary>Good.</summary>
    [ChoiceDisplay("Feeling good")]
    Good,
}
