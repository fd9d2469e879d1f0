using LiteDB;
using PainPalBot.Discord.Models;
using PainPalBot.Modules.CheckIns;

namespace PainPalBot.Modules.Tests.CheckIns;

public sealed class CheckInPromptComponentsTests
{
    [Fact]
    public void Pain_buttons_are_0_to_10_in_rows_of_at_most_five()
    {
        var rows = CheckInPromptComponents.PainButtons(new DateOnly(2026, 3, 8));

        Assert.All(rows, r => Assert.Equal(ComponentType.ActionRow, r.Type));
        Assert.All(rows, r => Assert.InRange(r.Components!.Length, 1, 5));
        var buttons = rows.SelectMany(r => r.Components!).ToList();
        Assert.Equal(Enumerable.Range(0, 11).Select(i => $"ci:pain:20260308:{i}"), buttons.Select(b => b.CustomId));
        Assert.All(buttons, b => Assert.Equal(ComponentType.Button, b.Type));
        Assert.All(buttons, b => Assert.InRange(b.CustomId!.Length, 1, 100));
    }

    [Fact]
    public void Custom_ids_round_trip()
    {
        var id = ObjectId.NewObjectId();

        Assert.True(CheckInPromptComponents.TryParse("ci:pain:20260308:7", out var pain));
        Assert.Equal(new CheckInButton(CheckInButtonKind.Pain, new DateOnly(2026, 3, 8), null, 7), pain);
        var mood = CheckInPromptComponents.MoodButtons(id)[0].Components![2].CustomId;
        Assert.True(CheckInPromptComponents.TryParse(mood, out var parsed));
        Assert.Equal((CheckInButtonKind.Mood, id, 3), (parsed.Kind, parsed.CheckInId, parsed.Score));
        var next = CheckInPromptComponents.NoteOrDoneButtons(id)[0].Components!;
        Assert.True(CheckInPromptComponents.TryParse(next[0].CustomId, out var note));
        Assert.True(CheckInPromptComponents.TryParse(next[1].CustomId, out var done));
        Assert.Equal(CheckInButtonKind.AddNote, note.Kind);
        Assert.Equal(CheckInButtonKind.Done, done.Kind);
        Assert.True(CheckInPromptComponents.TryParse(CheckInPromptComponents.NoteModal(id).CustomId, out var modal));
        Assert.Equal((CheckInButtonKind.NoteModal, id), (modal.Kind, modal.CheckInId));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ci:pain:2026-03-08:3")]
    [InlineData("ci:pain:20261340:3")]
    [InlineData("ci:pain:20260308:three")]
    [InlineData("ci:mood:not-an-object-id-at-all!:3")]
    [InlineData("ci:mood:zzzzzzzzzzzzzzzzzzzzzzzz:3")]
    [InlineData("ci:done")]
    [InlineData("xx:pain:20260308:3")]
    [InlineData("ci:delete:everything")]
    public void Forged_or_malformed_ids_do_not_parse(string? customId)
    {
        Assert.False(CheckInPromptComponents.TryParse(customId, out _));
    }

    [Fact]
    public void An_id_longer_than_100_characters_does_not_parse()
    {
        Assert.False(CheckInPromptComponents.TryParse("ci:pain:20260308:" + new string('1', 90), out _));
    }

    [Fact]
    public void Out_of_range_scores_parse_so_the_service_can_refuse_them_kindly()
    {
        Assert.True(CheckInPromptComponents.TryParse("ci:pain:20260308:11", out var button));
        Assert.Equal(11, button.Score);
    }

    [Fact]
    public void After_shows_the_next_step_only_when_the_step_saved()
    {
        var checkIn = new CheckIn(ObjectId.NewObjectId(), 1, new DateOnly(2026, 3, 8), DateTimeOffset.UnixEpoch, 5, null, null, null, null, null);

        Assert.Equal(5, CheckInPromptComponents.After(CheckInButtonKind.Pain, new CheckInResult(CheckInOutcome.Saved, "", checkIn))[0].Components!.Length);
        Assert.Equal(2, CheckInPromptComponents.After(CheckInButtonKind.Mood, new CheckInResult(CheckInOutcome.Updated, "", checkIn))[0].Components!.Length);
        Assert.Empty(CheckInPromptComponents.After(CheckInButtonKind.Pain, new CheckInResult(CheckInOutcome.Stale, "")));
        Assert.Empty(CheckInPromptComponents.After(CheckInButtonKind.Done, new CheckInResult(CheckInOutcome.Updated, "", checkIn)));
    }
}
