using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.CheckIns;

/// <summary>The optional weekly PEG-3 (pain, enjoyment of life, general activity; each 0–10): opt in, then answer.</summary>
[Group("peg", "The weekly PEG-3: three quick 0-10 questions, if you opt in")]
public sealed class PegModule(CheckInService checkIns) : InteractionModuleBase<InteractionContext>
{
    /// <summary>Logs this week's PEG-3.</summary>
    [SlashCommand("answer", "Answer the PEG-3 for the past week")]
    [EphemeralDefer]
    public Task AnswerAsync(
        [Summary("pain", "Your average pain in the past week, 0 to 10"), MinValue(0), MaxValue(10)] int pain,
        [Summary("enjoyment", "How much pain got in the way of enjoying life, 0 to 10"), MinValue(0), MaxValue(10)] int enjoyment,
        [Summary("activity", "How much pain got in the way of general activity, 0 to 10"), MinValue(0), MaxValue(10)] int activity) =>
        RespondAsync(checkIns.LogPeg(Context.User.Id, pain, enjoyment, activity).Message, ephemeral: true, allowedMentions: AllowedMentions.None);

    /// <summary>Turns the weekly PEG-3 on or off.</summary>
    [SlashCommand("weekly", "Turn the weekly PEG-3 on or off")]
    public Task WeeklyAsync([Summary("enabled", "On or off")] bool enabled) =>
        RespondAsync(checkIns.SetPegOptIn(Context.User.Id, enabled).Message, ephemeral: true, allowedMentions: AllowedMentions.None);
}
