using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.CheckIns;

/// <summary>
/// Logging check-ins: <c>/checkin</c>, <c>/checkin-edit</c>, <c>/checkin-undo</c>, and the one-tap buttons and
/// note form of the daily DM prompt. Every answer is private (ephemeral, or in the DM itself).
/// </summary>
/// <remarks>
/// Discord cannot run a command that has subcommands, so <c>/checkin</c> with options and <c>/checkin undo</c>
/// cannot both exist. Logging is what a person in a flare does most, so it gets the shortest path: type
/// <c>/checkin</c> and the pain option is already waiting. Fixing an entry is rarer and sits beside it as
/// <c>/checkin-edit</c> and <c>/checkin-undo</c>, which Discord's picker lists right under <c>/checkin</c>.
/// </remarks>
public sealed class CheckInModule(CheckInService checkIns) : InteractionModuleBase<InteractionContext>
{
    /// <summary>Logs a whole check-in at once.</summary>
    [SlashCommand("checkin", "Log how you are: pain 0-10, and mood, energy, sleep or a note if you like")]
    [EphemeralDefer]
    public Task LogAsync(
        [Summary("pain", "Pain right now, 0 (none) to 10 (worst imaginable)"), MinValue(0), MaxValue(10)] int pain,
        [Summary("mood", "Mood, 1 (very low) to 5 (very good)"), MinValue(1), MaxValue(5)] int? mood = null,
        [Summary("energy", "Energy, 1 (none) to 5 (plenty)"), MinValue(1), MaxValue(5)] int? energy = null,
        [Summary("sleep", "Last night's sleep, 1 (very poor) to 5 (very good)"), MinValue(1), MaxValue(5)] int? sleep = null,
        [Summary("note", "Anything you'd like to remember (private)"), MaxLength(CheckInNoteModal.MaxNoteLength)] string? note = null) =>
        ReplyAsync(checkIns.Log(Context.User.Id, pain, mood, energy, sleep, note).Message);

    /// <summary>Changes today's last check-in; only the values given change.</summary>
    [SlashCommand("checkin-edit", "Change today's last check-in (only what you fill in changes)")]
    [EphemeralDefer]
    public Task EditAsync(
        [Summary("pain", "Pain, 0 to 10"), MinValue(0), MaxValue(10)] int? pain = null,
        [Summary("mood", "Mood, 1 to 5"), MinValue(1), MaxValue(5)] int? mood = null,
        [Summary("energy", "Energy, 1 to 5"), MinValue(1), MaxValue(5)] int? energy = null,
        [Summary("sleep", "Sleep, 1 to 5"), MinValue(1), MaxValue(5)] int? sleep = null,
        [Summary("note", "A new note (replaces the old one)"), MaxLength(CheckInNoteModal.MaxNoteLength)] string? note = null) =>
        ReplyAsync(checkIns.EditLast(Context.User.Id, pain, mood, energy, sleep, note).Message);

    /// <summary>Removes today's last check-in.</summary>
    [SlashCommand("checkin-undo", "Remove today's last check-in")]
    [EphemeralDefer]
    public Task UndoAsync() => ReplyAsync(checkIns.UndoLast(Context.User.Id).Message);

    /// <summary>A pain button on the daily prompt: starts the day's check-in and swaps in the mood buttons.</summary>
    [ComponentInteraction("ci:pain:*:*")]
    public Task PainTappedAsync(string day, string score) =>
        StepAsync($"pain:{day}:{score}", b => checkIns.SetPain(Context.User.Id, b.LocalDate!.Value, b.Score!.Value));

    /// <summary>A mood button: saves it and swaps in "Add a note" / "Done".</summary>
    [ComponentInteraction("ci:mood:*:*")]
    public Task MoodTappedAsync(string checkInId, string score) =>
        StepAsync($"mood:{checkInId}:{score}", b => checkIns.SetMood(Context.User.Id, b.CheckInId!, b.Score!.Value));

    /// <summary>"Done": shows what was saved and removes the buttons.</summary>
    [ComponentInteraction("ci:done:*")]
    public Task DoneTappedAsync(string checkInId) =>
        StepAsync($"done:{checkInId}", b => checkIns.Finish(Context.User.Id, b.CheckInId!));

    /// <summary>"Add a note": opens the note form for the person's own check-in from today.</summary>
    [ComponentInteraction("ci:note:*")]
    public Task AddNoteTappedAsync(string checkInId)
    {
        if (!CheckInPromptComponents.TryParse($"{CheckInPromptComponents.Prefix}note:{checkInId}", out var button))
            return ReplyAsync(CheckInPromptComponents.UnknownButtonMessage);
        // Finish writes nothing; it is the same ownership and day check the note itself gets, asked before the form opens.
        var check = checkIns.Finish(Context.User.Id, button.CheckInId!);
        return check.CheckIn is null
            ? ReplyAsync(check.Message)
            : RespondWithModalAsync<CheckInNoteModal>($"{CheckInPromptComponents.Prefix}notemodal:{check.CheckIn.Id}");
    }

    /// <summary>The note form's submit: saves the note and closes the prompt.</summary>
    [ModalInteraction("ci:notemodal:*")]
    public Task NoteSubmittedAsync(string checkInId, CheckInNoteModal form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return StepAsync($"notemodal:{checkInId}", b => checkIns.SetNote(Context.User.Id, b.CheckInId!, form.Note));
    }

    // Each tap is saved by the service as it happens; on success the buttons are replaced at once, so a
    // second tap on the same message can't start a second check-in. A refusal (stale, someone else's,
    // out of range) is a private answer and leaves the message as it was.
    private Task StepAsync(string customIdTail, Func<CheckInButton, CheckInResult> step)
    {
        if (!CheckInPromptComponents.TryParse(CheckInPromptComponents.Prefix + customIdTail, out var button))
            return ReplyAsync(CheckInPromptComponents.UnknownButtonMessage);
        var result = step(button);
        if (!result.Saved)
            return ReplyAsync(result.Message);
        if (Context.Interaction.Message is null)
            return ReplyAsync(result.Message);
        var next = CheckInPromptComponents.After(button.Kind, result);
        return UpdateAsync(m =>
        {
            m.Content = result.Message;
            m.Components = next.Length == 0 ? MessageComponent.Empty : MessageComponent.FromRows(next);
            m.AllowedMentions = AllowedMentions.None;
        });
    }

    private Task ReplyAsync(string message) => RespondAsync(message, ephemeral: true, allowedMentions: AllowedMentions.None);
}
