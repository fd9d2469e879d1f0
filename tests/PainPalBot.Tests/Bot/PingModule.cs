using PainPalBot.Discord.Interactions;

namespace PainPalBot.Tests.Bot;

/// <summary>A test-only module: one instant command and one that waits until the test lets it go.</summary>
public sealed class PingModule : InteractionModuleBase<InteractionContext>
{
    /// <summary>Released by a test to finish <see cref="SlowAsync"/>.</summary>
    public static TaskCompletionSource SlowGate { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [SlashCommand("ping", "Answers pong")]
    public Task PingAsync() => RespondAsync("pong", ephemeral: true);

    [SlashCommand("slow", "Answers when the test allows")]
    public async Task SlowAsync()
    {
        await SlowGate.Task;
        await RespondAsync("finally", ephemeral: true);
    }
}
