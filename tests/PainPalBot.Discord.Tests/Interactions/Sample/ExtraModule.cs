using PainPalBot.Discord.Interactions;

namespace PainPalBot.Discord.Tests.Interactions.Sample;

/// <summary>A module added later, to change the command set.</summary>
public sealed class ExtraModule : InteractionModuleBase<InteractionContext>
{
    /// <summary>An extra command.</summary>
    [SlashCommand("extra", "An extra command")]
    public Task ExtraAsync() => RespondAsync("extra", ephemeral: true);
}
