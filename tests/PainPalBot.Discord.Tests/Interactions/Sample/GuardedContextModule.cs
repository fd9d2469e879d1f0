using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Tests.Interactions.Sample;

/// <summary>A message command behind a custom precondition; added only by the tests that need it.</summary>
public sealed class GuardedContextModule : InteractionModuleBase<InteractionContext>
{
    /// <summary>Only even user ids.</summary>
    [MessageCommand("Even only")]
    [RequireEvenUserId]
    public Task EvenAsync(Message message) => message is null ? Task.CompletedTask : RespondAsync("even message", ephemeral: true);
}
