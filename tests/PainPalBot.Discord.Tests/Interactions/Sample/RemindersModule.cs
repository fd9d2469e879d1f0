using PainPalBot.Discord.Interactions;

namespace PainPalBot.Discord.Tests.Interactions.Sample;

/// <summary>A grouped module: "/reminders set" and the group "/reminders quiet on".</summary>
[Group("reminders", "Manage reminders")]
[EnabledInDm(true)]
public sealed class RemindersModule(SampleRecorder recorder) : InteractionModuleBase<InteractionContext>
{
    /// <summary>A subcommand.</summary>
    [SlashCommand("set", "Set a reminder time")]
    public async Task SetAsync([Summary("hour", "Hour of day"), MinValue(0), MaxValue(23)] int hour)
    {
        recorder.Record("reminders set", hour);
        await RespondAsync($"Reminder at {hour}:00", ephemeral: true);
    }

#pragma warning disable CA1034 // Discord.Net's shape: a nested class is a subcommand group.
    /// <summary>A subcommand group.</summary>
    [Group("quiet", "Quiet hours")]
    public sealed class QuietModule(SampleRecorder recorder) : InteractionModuleBase<InteractionContext>
#pragma warning restore CA1034
    {
        /// <summary>A subcommand in a group.</summary>
        [SlashCommand("on", "Turn quiet hours on")]
        public async Task OnAsync([Summary("from", "Start hour")] int from = 22)
        {
            recorder.Record("reminders quiet on", from);
            await RespondAsync("Quiet hours on", ephemeral: true);
        }
    }
}
