using System.Globalization;
using LiteDB;
using PainPalBot.Discord.Models;
using PainPalBot.Modules.Tips;

namespace PainPalBot.Modules.Tests.Tips;

public sealed class TipServiceTests
{
    private const string Heat = "A heat pad on the lower back before getting up makes mornings gentler.";

    [Fact]
    public async Task A_tip_waits_for_a_moderator_then_enters_the_library()
    {
        using var h = new TipHarness();

        var submitted = await h.Service.SubmitAsync(TipHarness.Guild, TipHarness.Author, Heat, "Mornings, #heat");

        Assert.True(submitted.Saved);
        Assert.Equal(TipStatus.Pending, submitted.Status);
        Assert.Contains("waiting for a moderator", submitted.Message, StringComparison.Ordinal);
        var review = Assert.Single(h.Rest.In(TipHarness.ModeratorChannel));
        Assert.Contains(Heat, review.AllText, StringComparison.Ordinal);
        Assert.Empty(review.Request.AllowedMentions!.Parse!);
        Assert.Empty(h.Service.Browse(TipHarness.Guild, TipHarness.Voter).Tips);

        var tipId = h.Store.ByAuthor(TipHarness.Author).Single().Id.ToString();
        Assert.Contains(review.Request.Components![0].Components!, b => b.CustomId == TipComponents.ApprovePrefix + tipId);
        var decision = await h.Service.ApproveAsync(TipHarness.Guild, tipId, TipHarness.Moderator);

        Assert.True(decision.Done);
        Assert.NotNull(decision.ReviewMessageText);
        Assert.Contains("in the library", Assert.Single(h.Rest.DmsTo(TipHarness.Author)).Request.Content, StringComparison.Ordinal);
        var page = h.Service.Browse(TipHarness.Guild, TipHarness.Voter);
        var tip = Assert.Single(page.Tips);
        Assert.Equal(Heat, tip.Text);
        Assert.Equal(["mornings", "heat"], tip.Tags);
        Assert.False((await h.Service.ApproveAsync(TipHarness.Guild, tipId, TipHarness.Moderator)).Done);
    }

    [Fact]
    public async Task With_approval_off_a_tip_is_shared_at_once()
    {
        using var h = new TipHarness(approvalRequired: false, moderatorChannel: false);

        var result = await h.Service.SubmitAsync(TipHarness.Guild, TipHarness.Author, Heat, null);

        Assert.True(result.Saved);
        Assert.Equal(TipStatus.Approved, result.Status);
        Assert.Contains("in the library now", result.Message, StringComparison.Ordinal);
        Assert.Empty(h.Rest.Sent);
        Assert.Single(h.Service.Browse(TipHarness.Guild, TipHarness.Voter).Tips);
    }

    [Fact]
    public async Task Rejecting_deletes_the_tip_and_tells_the_author()
    {
        using var h = new TipHarness();
        await h.Service.SubmitAsync(TipHarness.Guild, TipHarness.Author, Heat, null);
        var tipId = h.Store.ByAuthor(TipHarness.Author).Single().Id.ToString();

        var decision = await h.Service.RejectAsync(TipHarness.Guild, tipId, TipHarness.Moderator);

        Assert.True(decision.Done);
        Assert.Empty(h.Store.ByAuthor(TipHarness.Author));
        Assert.Contains("decided not to add", Assert.Single(h.Rest.DmsTo(TipHarness.Author)).Request.Content, StringComparison.Ordinal);
        Assert.False((await h.Service.ApproveAsync(TipHarness.Guild, tipId, TipHarness.Moderator)).Done);
    }

    [Fact]
    public async Task Bad_input_saves_nothing()
    {
        using var h = new TipHarness();

        var tooLong = await h.Service.SubmitAsync(TipHarness.Guild, TipHarness.Author, new string('a', 501), null);
        var tooManyTags = await h.Service.SubmitAsync(TipHarness.Guild, TipHarness.Author, Heat, "a, b, c, d, e, f");
        var longTag = await h.Service.SubmitAsync(TipHarness.Guild, TipHarness.Author, Heat, new string('t', 21));
        var empty = await h.Service.SubmitAsync(TipHarness.Guild, TipHarness.Author, "  ", null);

        Assert.All([tooLong, tooManyTags, longTag, empty], r =>
        {
            Assert.False(r.Saved);
            Assert.Contains("Nothing was saved", r.Message.Replace("nothing was saved", "Nothing was saved", StringComparison.Ordinal), StringComparison.Ordinal);
        });
        Assert.Contains("501", tooLong.Message, StringComparison.Ordinal);
        Assert.Empty(h.Store.ByAuthor(TipHarness.Author));
        Assert.Empty(h.Rest.Sent);

        using var noModerators = new TipHarness(moderatorChannel: false);
        var result = await noModerators.Service.SubmitAsync(TipHarness.Guild, TipHarness.Author, Heat, null);
        Assert.False(result.Saved);
        Assert.Contains("no moderator channel", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_person_votes_once_and_can_take_it_back_but_not_for_their_own_tip()
    {
        using var h = new TipHarness(approvalRequired: false);
        var tipId = await h.AddApprovedAsync(Heat);

        var first = h.Service.ToggleHelpful(TipHarness.Guild, tipId, TipHarness.Voter);
        var other = h.Service.ToggleHelpful(TipHarness.Guild, tipId, TipHarness.OtherAuthor);
        var own = h.Service.ToggleHelpful(TipHarness.Guild, tipId, TipHarness.Author);

        Assert.True(first.Counted);
        Assert.True(first.Helped);
        Assert.Equal(1, first.HelpfulCount);
        Assert.Equal(2, other.HelpfulCount);
        Assert.False(own.Counted);
        Assert.Contains("own tip", own.Message, StringComparison.Ordinal);
        Assert.Equal(2, h.Store.Find(new ObjectId(tipId))!.HelpfulCount);

        var again = h.Service.ToggleHelpful(TipHarness.Guild, tipId, TipHarness.Voter);
        Assert.True(again.Counted);
        Assert.False(again.Helped);
        Assert.Equal(1, again.HelpfulCount);

        var back = h.Service.ToggleHelpful(TipHarness.Guild, tipId, TipHarness.Voter);
        Assert.Equal(2, back.HelpfulCount);
        Assert.Equal(2, h.Store.CountVotes(new ObjectId(tipId)));

        var page = h.Service.Browse(TipHarness.Guild, TipHarness.Voter);
        Assert.True(page.Tips[0].HelpedViewer);
        Assert.True(h.Service.Browse(TipHarness.Guild, TipHarness.Author).Tips[0].IsOwn);
        Assert.False(h.Service.ToggleHelpful(TipHarness.OtherGuild, tipId, TipHarness.Voter).Counted);
    }

    [Fact]
    public async Task A_pending_tip_cannot_be_voted_for()
    {
        using var h = new TipHarness();
        await h.Service.SubmitAsync(TipHarness.Guild, TipHarness.Author, Heat, null);
        var tipId = h.Store.ByAuthor(TipHarness.Author).Single().Id.ToString();

        Assert.False(h.Service.ToggleHelpful(TipHarness.Guild, tipId, TipHarness.Voter).Counted);
        Assert.False(h.Service.ToggleHelpful(TipHarness.Guild, "nonsense", TipHarness.Voter).Counted);
    }

    [Fact]
    public async Task Browsing_shows_the_most_helpful_first_in_pages_and_by_topic()
    {
        using var h = new TipHarness(approvalRequired: false);
        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
            ids.Add(await h.AddApprovedAsync($"Tip number {i}", tags: i % 2 == 0 ? "sleep" : "pacing"));
        h.Service.ToggleHelpful(TipHarness.Guild, ids[3], TipHarness.Voter);
        h.Service.ToggleHelpful(TipHarness.Guild, ids[3], TipHarness.OtherAuthor);
        h.Service.ToggleHelpful(TipHarness.Guild, ids[5], TipHarness.Voter);

        var first = h.Service.Browse(TipHarness.Guild, TipHarness.Voter);
        var last = h.Service.Browse(TipHarness.Guild, TipHarness.Voter, page: 99);
        var sleep = h.Service.Browse(TipHarness.Guild, TipHarness.Voter, "#Sleep");
        var none = h.Service.Browse(TipHarness.Guild, TipHarness.Voter, "swimming");

        Assert.Equal(3, first.PageCount);
        Assert.Equal([ids[3], ids[5], ids[6]], first.Tips.Select(t => t.TipId));
        Assert.Contains("page 1 of 3", first.Message, StringComparison.Ordinal);
        Assert.Equal(3, last.Page);
        Assert.Single(last.Tips);
        Assert.Equal("sleep", sleep.Topic);
        Assert.Equal(4, sleep.Tips.Count + h.Service.Browse(TipHarness.Guild, TipHarness.Voter, "sleep", 2).Tips.Count);
        Assert.All(sleep.Tips, t => Assert.Contains("sleep", t.Tags));
        Assert.Empty(none.Tips);
        Assert.Contains("No tips about “swimming”", none.Message, StringComparison.Ordinal);

        var components = TipComponents.ForPage(first);
        Assert.Equal(2, components.Length);
        Assert.Equal(TipComponents.HelpedPrefix + ids[3], components[0].Components![0].CustomId);
        Assert.Equal(ButtonStyle.Success, (ButtonStyle)components[0].Components![0].Style!);
        Assert.Equal("tip:page:2:", components[1].Components![1].CustomId);
    }

    [Fact]
    public async Task A_page_of_the_longest_tips_still_fits_one_message()
    {
        using var h = new TipHarness(approvalRequired: false);
        for (var i = 0; i < 4; i++)
            await h.AddApprovedAsync(new string((char)('a' + i), 494) + " sleep", tags: "aaaaaaaaaaaaaaaaaaa1, aaaaaaaaaaaaaaaaaaa2, aaaaaaaaaaaaaaaaaaa3, aaaaaaaaaaaaaaaaaaa4, sleep");

        var page = h.Service.Browse(TipHarness.Guild, TipHarness.Author, "sleep");

        Assert.Equal(3, page.Tips.Count);
        Assert.True(page.Message.Length <= 2000, page.Message.Length.ToString(CultureInfo.InvariantCulture));
        Assert.DoesNotContain("…", page.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_weeks_most_helpful_tips_feed_the_community_prompt()
    {
        using var h = new TipHarness(approvalRequired: false);
        var old = await h.AddApprovedAsync("An old favourite");
        h.Service.ToggleHelpful(TipHarness.Guild, old, TipHarness.Voter);
        h.Service.ToggleHelpful(TipHarness.Guild, old, TipHarness.OtherAuthor);
        h.Time.Advance(TimeSpan.FromDays(8));
        var quiet = await h.AddApprovedAsync("A quiet new tip");
        var loved = await h.AddApprovedAsync("A loved new tip");
        var liked = await h.AddApprovedAsync("A liked new tip");
        h.Service.ToggleHelpful(TipHarness.Guild, loved, TipHarness.Voter);
        h.Service.ToggleHelpful(TipHarness.Guild, loved, TipHarness.OtherAuthor);
        h.Service.ToggleHelpful(TipHarness.Guild, liked, TipHarness.Voter);

        var top = h.Service.TopOfWeek(TipHarness.Guild, 2);

        Assert.Equal([loved, liked], top.Select(t => t.TipId));
        Assert.Equal(3, h.Service.TopOfWeek(TipHarness.Guild, 10).Count);
        Assert.DoesNotContain(h.Service.TopOfWeek(TipHarness.Guild, 10), t => t.TipId == old);
        Assert.Contains(h.Service.TopOfWeek(TipHarness.Guild, 10), t => t.TipId == quiet);
        Assert.Empty(h.Service.TopOfWeek(TipHarness.OtherGuild, 3));
        Assert.Empty(h.Service.TopOfWeek(TipHarness.Guild, 0));
    }

    [Fact]
    public async Task Export_holds_only_the_persons_own_tips_and_votes_and_delete_removes_them()
    {
        using var h = new TipHarness(approvalRequired: false);
        var mine = await h.AddApprovedAsync("My tip: ice for ten minutes", tags: "ice");
        var theirs = await h.AddApprovedAsync("Their tip: warm socks", TipHarness.OtherAuthor);
        h.Service.ToggleHelpful(TipHarness.Guild, mine, TipHarness.Voter);
        h.Service.ToggleHelpful(TipHarness.Guild, mine, TipHarness.OtherAuthor);
        h.Service.ToggleHelpful(TipHarness.Guild, theirs, TipHarness.Author);
        var tips = new TipPersonalData(h.Store);
        var votes = new TipVotePersonalData(h.Store);

        var exportTips = tips.Export(TipHarness.Author);
        var exportVotes = votes.Export(TipHarness.Author);

        var row = Assert.Single(exportTips.Rows);
        Assert.Equal(exportTips.Columns.Count, row.Count);
        Assert.Contains("My tip: ice for ten minutes", row);
        Assert.Contains("2", row);
        Assert.Equal(theirs, Assert.Single(exportVotes.Rows)[0]);
        var all = string.Join('|', exportTips.Rows.Concat(exportVotes.Rows).SelectMany(r => r));
        Assert.DoesNotContain("warm socks", all, StringComparison.Ordinal);
        Assert.DoesNotContain(TipHarness.OtherAuthor.ToString(CultureInfo.InvariantCulture), all, StringComparison.Ordinal);
        Assert.DoesNotContain(TipHarness.Voter.ToString(CultureInfo.InvariantCulture), all, StringComparison.Ordinal);

        Assert.Equal(3, tips.Delete(TipHarness.Author));  // the tip and its two votes
        Assert.Equal(1, votes.Delete(TipHarness.Author));
        Assert.Empty(tips.Export(TipHarness.Author).Rows);
        Assert.Empty(votes.Export(TipHarness.Author).Rows);
        Assert.Empty(votes.Export(TipHarness.Voter).Rows);
        var remaining = Assert.Single(h.Service.Browse(TipHarness.Guild, TipHarness.Voter).Tips);
        Assert.Equal(theirs, remaining.TipId);
        Assert.Equal(0, remaining.HelpfulCount);
    }

    [Fact]
    public async Task Removing_a_server_removes_its_tips_and_votes()
    {
        using var h = new TipHarness(approvalRequired: false);
        var tipId = await h.AddApprovedAsync(Heat);
        h.Service.ToggleHelpful(TipHarness.Guild, tipId, TipHarness.Voter);

        Assert.Equal(2, new TipGuildData(h.Store).DeleteGuild(TipHarness.Guild));
        Assert.Empty(h.Service.Browse(TipHarness.Guild, TipHarness.Voter).Tips);
    }

    [Fact]
    public async Task Logs_never_carry_tip_text()
    {
        using var h = new TipHarness();
        var tipId = await h.AddApprovedAsync(Heat, tags: "heat");
        h.Service.ToggleHelpful(TipHarness.Guild, tipId, TipHarness.Voter);

        Assert.NotEmpty(h.Logs.Lines);
        Assert.DoesNotContain("heat pad", h.Logs.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("heat pad", h.Store.Find(new ObjectId(tipId))!.ToString(), StringComparison.Ordinal);
    }
}
