using LiteDB;
using PainPalBot.Modules.CheckIns;
using PainPalBot.Modules.Tests.Support;

namespace PainPalBot.Modules.Tests.CheckIns;

public sealed class CheckInServiceTests : IDisposable
{
    private const ulong Alice = 111_111_111_111_111_111;
    private const ulong Bob = 222_222_222_222_222_222;
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly Harness _h = new(Noon);

    [Fact]
    public void Check_in_is_saved_and_the_reply_says_what_was_saved()
    {
        var result = _h.CheckIns.Log(Alice, pain: 4, mood: 3, energy: 2, sleep: 5, note: "  walked to the shop  ");

        Assert.Equal(CheckInOutcome.Saved, result.Outcome);
        Assert.True(result.Saved);
        Assert.Equal("Thanks for checking in. Saved: pain 4/10, mood 3/5, energy 2/5, sleep 5/5 and your note.", result.Message);
        var stored = Assert.Single(_h.CheckInStore.ForUser(Alice));
        Assert.Equal(new DateOnly(2026, 11, 25), stored.LocalDate);
        Assert.Equal((4, 3, 2, 5, "walked to the shop"), (stored.Pain, stored.Mood, stored.Energy, stored.Sleep, stored.Note));
    }

    [Fact]
    public void A_hard_day_gets_a_warmer_reply()
    {
        var result = _h.CheckIns.Log(Alice, pain: 8);

        Assert.StartsWith("That sounds like a hard day, and I'm glad you checked in.", result.Message, StringComparison.Ordinal);
        Assert.EndsWith("Saved: pain 8/10.", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(100)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Out_of_range_pain_is_refused_kindly_and_nothing_is_saved(int pain)
    {
        var result = _h.CheckIns.Log(Alice, pain, note: "keep me");

        Assert.Equal(CheckInOutcome.Invalid, result.Outcome);
        Assert.False(result.Saved);
        Assert.Equal("Pain must be a whole number from 0 to 10. Nothing was saved.", result.Message);
        Assert.Empty(_h.CheckInStore.ForUser(Alice));
    }

    [Theory]
    [InlineData(0, null, null, "Mood must be a whole number from 1 to 5. Nothing was saved.")]
    [InlineData(6, null, null, "Mood must be a whole number from 1 to 5. Nothing was saved.")]
    [InlineData(null, -3, null, "Energy must be a whole number from 1 to 5. Nothing was saved.")]
    [InlineData(null, null, 9, "Sleep must be a whole number from 1 to 5. Nothing was saved.")]
    public void Out_of_range_items_are_refused_kindly(int? mood, int? energy, int? sleep, string expected)
    {
        var result = _h.CheckIns.Log(Alice, 5, mood, energy, sleep);

        Assert.Equal(CheckInOutcome.Invalid, result.Outcome);
        Assert.Equal(expected, result.Message);
        Assert.Empty(_h.CheckInStore.ForUser(Alice));
    }

    [Fact]
    public void A_note_over_500_characters_is_refused_and_500_is_accepted()
    {
        var tooLong = _h.CheckIns.Log(Alice, 3, note: new string('a', 501));
        var justRight = _h.CheckIns.Log(Alice, 3, note: new string('b', 500));

        Assert.Equal(CheckInOutcome.Invalid, tooLong.Outcome);
        Assert.Contains("501 characters; the limit is 500. Nothing was saved.", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal(CheckInOutcome.Saved, justRight.Outcome);
        Assert.Equal(500, Assert.Single(_h.CheckInStore.ForUser(Alice)).Note!.Length);
    }

    [Fact]
    public void One_tap_flow_saves_each_step_as_tapped()
    {
        var today = _h.CheckIns.Today(Alice);

        var pain = _h.CheckIns.SetPain(Alice, today, 6);
        var id = pain.CheckIn!.Id;
        Assert.Equal(CheckInOutcome.Saved, pain.Outcome);
        Assert.Equal(6, _h.CheckInStore.Find(id)!.Pain);

        var mood = _h.CheckIns.SetMood(Alice, id, 2);
        Assert.Equal(CheckInOutcome.Updated, mood.Outcome);
        Assert.Equal(2, _h.CheckInStore.Find(id)!.Mood);

        var note = _h.CheckIns.SetNote(Alice, id, "rough night");
        Assert.Equal(CheckInOutcome.Updated, note.Outcome);

        var done = _h.CheckIns.Finish(Alice, id);
        Assert.Equal("All saved: pain 6/10, mood 2/5 and your note. Thank you for checking in.", done.Message);
        var stored = Assert.Single(_h.CheckInStore.ForUser(Alice));
        Assert.Equal((6, 2, "rough night"), (stored.Pain, stored.Mood, stored.Note));
    }

    [Fact]
    public void A_flow_stopped_half_way_keeps_what_was_tapped_even_across_a_restart()
    {
        var today = _h.CheckIns.Today(Alice);
        var id = _h.CheckIns.SetPain(Alice, today, 9).CheckIn!.Id;

        _h.Restart();

        var stored = Assert.Single(_h.CheckInStore.ForUser(Alice));
        Assert.Equal(id, stored.Id);
        Assert.Equal(9, stored.Pain);
        Assert.Null(stored.Mood);
        Assert.Equal(CheckInOutcome.Updated, _h.CheckIns.SetMood(Alice, id, 1).Outcome);
    }

    [Fact]
    public void Someone_elses_check_in_id_is_refused_and_their_record_is_untouched()
    {
        var bobs = _h.CheckIns.Log(Bob, 3, mood: 4).CheckIn!;

        var mood = _h.CheckIns.SetMood(Alice, bobs.Id, 1);
        var note = _h.CheckIns.SetNote(Alice, bobs.Id, "not yours");
        var done = _h.CheckIns.Finish(Alice, bobs.Id);

        Assert.All(new[] { mood, note, done }, r => Assert.Equal(CheckInOutcome.NotYours, r.Outcome));
        Assert.All(new[] { mood, note, done }, r => Assert.False(r.Saved));
        Assert.Contains("someone else's check-in, so nothing was changed", mood.Message, StringComparison.Ordinal);
        Assert.Equal(bobs, _h.CheckInStore.Find(bobs.Id));
        Assert.Empty(_h.CheckInStore.ForUser(Alice));
    }

    [Fact]
    public void A_pain_button_from_an_old_prompt_is_answered_kindly_and_nothing_is_saved()
    {
        var yesterday = _h.CheckIns.Today(Alice).AddDays(-1);

        var result = _h.CheckIns.SetPain(Alice, yesterday, 4);

        Assert.Equal(CheckInOutcome.Stale, result.Outcome);
        Assert.Equal("This prompt was for Tuesday 24 November, so it has closed. You can log today with /checkin. Nothing was saved.", result.Message);
        Assert.Empty(_h.CheckInStore.ForUser(Alice));
    }

    [Fact]
    public void A_forged_future_day_is_refused()
    {
        var result = _h.CheckIns.SetPain(Alice, _h.CheckIns.Today(Alice).AddDays(3), 4);

        Assert.Equal(CheckInOutcome.Stale, result.Outcome);
        Assert.Empty(_h.CheckInStore.ForUser(Alice));
    }

    [Fact]
    public void A_mood_button_on_yesterdays_check_in_changes_nothing()
    {
        var id = _h.CheckIns.SetPain(Alice, _h.CheckIns.Today(Alice), 5).CheckIn!.Id;
        _h.Time.Advance(TimeSpan.FromHours(13));

        var result = _h.CheckIns.SetMood(Alice, id, 3);

        Assert.Equal(CheckInOutcome.Stale, result.Outcome);
        Assert.Null(_h.CheckInStore.Find(id)!.Mood);
    }

    [Fact]
    public void An_unknown_check_in_id_is_answered_not_thrown()
    {
        var result = _h.CheckIns.SetMood(Alice, ObjectId.NewObjectId(), 3);

        Assert.Equal(CheckInOutcome.NotFound, result.Outcome);
        Assert.Contains("Nothing was changed.", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_values_from_forged_buttons_are_refused()
    {
        var id = _h.CheckIns.SetPain(Alice, _h.CheckIns.Today(Alice), 5).CheckIn!.Id;

        Assert.Equal(CheckInOutcome.Invalid, _h.CheckIns.SetPain(Alice, _h.CheckIns.Today(Alice), 11).Outcome);
        Assert.Equal(CheckInOutcome.Invalid, _h.CheckIns.SetMood(Alice, id, 0).Outcome);
        Assert.Equal(CheckInOutcome.Invalid, _h.CheckIns.SetNote(Alice, id, new string('x', 501)).Outcome);
        var stored = Assert.Single(_h.CheckInStore.ForUser(Alice));
        Assert.Null(stored.Mood);
        Assert.Null(stored.Note);
    }

    [Fact]
    public void Several_check_ins_a_day_are_kept_and_undo_removes_only_the_last()
    {
        _h.CheckIns.Log(Alice, 3);
        _h.Time.Advance(TimeSpan.FromHours(1));
        _h.CheckIns.Log(Alice, 7);

        var undo = _h.CheckIns.UndoLast(Alice);

        Assert.Equal(CheckInOutcome.Deleted, undo.Outcome);
        Assert.Equal("Removed your last check-in from today (pain 7/10).", undo.Message);
        Assert.Equal(3, Assert.Single(_h.CheckInStore.ForUser(Alice)).Pain);
    }

    [Fact]
    public void Undo_with_nothing_today_changes_nothing()
    {
        _h.CheckIns.Log(Alice, 3);
        _h.Time.Advance(TimeSpan.FromDays(1));

        var undo = _h.CheckIns.UndoLast(Alice);

        Assert.Equal(CheckInOutcome.NotFound, undo.Outcome);
        Assert.Single(_h.CheckInStore.ForUser(Alice));
    }

    [Fact]
    public void Edit_changes_only_the_given_values_of_todays_last_check_in()
    {
        _h.CheckIns.Log(Alice, 3, mood: 2, note: "first");

        var edit = _h.CheckIns.EditLast(Alice, pain: 5);
        var bad = _h.CheckIns.EditLast(Alice, mood: 9);

        Assert.Equal(CheckInOutcome.Updated, edit.Outcome);
        Assert.Equal("Mood must be a whole number from 1 to 5. Nothing was changed.", bad.Message);
        var stored = Assert.Single(_h.CheckInStore.ForUser(Alice));
        Assert.Equal((5, 2, "first"), (stored.Pain, stored.Mood, stored.Note));
        Assert.NotNull(stored.UpdatedAt);
    }

    [Fact]
    public void Today_is_the_persons_local_date()
    {
        _h.Reminders.Set(Alice, "19:00", "Australia/Sydney");
        _h.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero));

        var result = _h.CheckIns.Log(Alice, 2);

        Assert.Equal(new DateOnly(2026, 11, 26), result.CheckIn!.LocalDate);
        Assert.Equal(new DateOnly(2026, 11, 25), _h.CheckIns.Today(Bob));
    }

    [Fact]
    public void Peg_needs_opt_in_then_scores_the_mean()
    {
        var off = _h.CheckIns.LogPeg(Alice, 6, 5, 4);
        _h.CheckIns.SetPegOptIn(Alice, true);
        var bad = _h.CheckIns.LogPeg(Alice, 6, 11, 4);
        var peg = _h.CheckIns.LogPeg(Alice, 6, 5, 5);

        Assert.Equal(CheckInOutcome.NotEnabled, off.Outcome);
        Assert.Equal("Interference with enjoyment of life must be a whole number from 0 to 10. Nothing was saved.", bad.Message);
        Assert.Equal(CheckInOutcome.Saved, peg.Outcome);
        Assert.Equal(5.3, peg.Peg!.Score);
        Assert.Equal("PEG-3 saved: score 5.3 of 10 (pain 6, enjoyment 5, activity 5). Thank you.", peg.Message);
        Assert.False(_h.CheckIns.IsPegDue(Alice));
        _h.Time.Advance(TimeSpan.FromDays(7));
        Assert.True(_h.CheckIns.IsPegDue(Alice));
        Assert.Single(_h.CheckInStore.PegsForUser(Alice));
    }

    [Fact]
    public void Records_read_back_from_the_file_equal_what_was_written()
    {
        var saved = _h.CheckIns.Log(Alice, 4, 3, 2, 1, "note").CheckIn!;
        _h.CheckIns.SetPegOptIn(Alice, true);
        var peg = _h.CheckIns.LogPeg(Alice, 1, 2, 3).Peg!;

        _h.Restart();

        Assert.Equal(saved, Assert.Single(_h.CheckInStore.ForUser(Alice)));
        Assert.Equal(peg, Assert.Single(_h.CheckInStore.PegsForUser(Alice)));
        Assert.True(_h.CheckInStore.Preferences(Alice)!.PegOptIn);
    }

    public void Dispose() => _h.Dispose();
}
