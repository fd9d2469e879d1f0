using System.Globalization;
using LiteDB;
using PainPalBot.Discord.Models;
using PainPalBot.Modules.Stories;

namespace PainPalBot.Modules.Tests.Stories;

public sealed class StoryServiceTests
{
    private const string Text = "Three years of flares taught me to rest before I crash. Some days that feels like losing.";
    private static readonly string AuthorDigits = StoryHarness.Author.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_story_waits_for_moderators_who_never_see_the_author()
    {
        using var h = new StoryHarness();

        var result = await h.Service.SubmitAsync(StoryHarness.Guild, StoryHarness.Author, new StorySubmission(Text, Topic: "pacing"));

        Assert.True(result.Saved);
        Assert.Equal(StoryStatus.Pending, result.Status);
        Assert.Contains("waiting for a moderator", result.Message, StringComparison.Ordinal);
        Assert.Contains("nobody will see your name", result.Message, StringComparison.Ordinal);
        Assert.False(result.ShowedSignposting);
        var review = Assert.Single(h.Rest.In(StoryHarness.ModeratorChannel));
        Assert.Contains(Text, review.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthorDigits, review.AllText, StringComparison.Ordinal);
        Assert.Empty(review.Request.AllowedMentions!.Parse!);
        var buttons = review.Request.Components!.SelectMany(r => r.Components!).Select(b => b.CustomId!).ToList();
        Assert.All(buttons, id => Assert.StartsWith("story:", id, StringComparison.Ordinal));
        Assert.Empty(h.Rest.In(StoryHarness.StoriesChannel));
    }

    [Fact]
    public async Task Approving_posts_the_story_anonymously_and_tells_the_author_by_dm()
    {
        using var h = new StoryHarness();
        var storyId = await h.ShareAsync(Text, topic: "pacing");

        var decision = await h.Service.ApproveAsync(StoryHarness.Guild, storyId, StoryHarness.Moderator);

        Assert.True(decision.Done);
        Assert.Contains("author has been told", decision.Message, StringComparison.Ordinal);
        Assert.NotNull(decision.ReviewMessageText);
        var post = Assert.Single(h.Rest.In(StoryHarness.StoriesChannel));
        Assert.Contains(Text, post.Request.Embeds![0].Description, StringComparison.Ordinal);
        Assert.Contains("pacing", post.Request.Embeds[0].Title, StringComparison.Ordinal);
        Assert.Same(AllowedMentions.None, post.Request.AllowedMentions);
        Assert.Equal(StoryComponents.ReplyPrefix + storyId, post.Request.Components![0].Components![0].CustomId);
        var dm = Assert.Single(h.Rest.DmsTo(StoryHarness.Author));
        Assert.Contains("approved", dm.Request.Content, StringComparison.Ordinal);
        Assert.Equal(StoryStatus.Posted, h.Store.Find(new ObjectId(storyId))!.Status);

        // Nothing anyone else sees, and nothing logged, names the author.
        var forOthers = string.Join('\n', h.Rest.NotTo(StoryHarness.Author).Select(m => m.AllText)) + decision.Message + decision.ReviewMessageText;
        Assert.DoesNotContain(AuthorDigits, forOthers, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthorDigits, h.Logs.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("flares", h.Logs.AllText(), StringComparison.Ordinal);
        Assert.NotEmpty(h.Logs.Lines);
    }

    [Fact]
    public async Task An_author_with_closed_dms_is_still_not_named()
    {
        using var h = new StoryHarness();
        var storyId = await h.ShareAsync(Text);
        h.Rest.ClosedDms.Add(StoryHarness.Author);

        var decision = await h.Service.ApproveAsync(StoryHarness.Guild, storyId, StoryHarness.Moderator);

        Assert.True(decision.Done);
        Assert.Contains("could not be reached", decision.Message, StringComparison.Ordinal);
        Assert.Single(h.Rest.In(StoryHarness.StoriesChannel));
        Assert.DoesNotContain(AuthorDigits, decision.Message + h.Logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_stands_when_discord_cannot_deliver_the_authors_dm()
    {
        using var h = new StoryHarness();
        var storyId = await h.ShareAsync(Text);
        h.Rest.FailDms = true;

        var decision = await h.Service.RejectAsync(StoryHarness.Guild, storyId, StoryHarness.Moderator);

        Assert.True(decision.Done);
        Assert.Null(h.Store.Find(new ObjectId(storyId)));
        Assert.Contains("could not be reached", decision.Message, StringComparison.Ordinal);
        Assert.Contains("could not be told", h.Logs.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(AuthorDigits, h.Logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejecting_deletes_the_story_and_tells_the_author()
    {
        using var h = new StoryHarness();
        var storyId = await h.ShareAsync(Text);

        var decision = await h.Service.RejectAsync(StoryHarness.Guild, storyId, StoryHarness.Moderator);

        Assert.True(decision.Done);
        Assert.Null(h.Store.Find(new ObjectId(storyId)));
        Assert.Contains("decided not to post", Assert.Single(h.Rest.DmsTo(StoryHarness.Author)).Request.Content, StringComparison.Ordinal);
        Assert.Empty(h.Rest.In(StoryHarness.StoriesChannel));
        Assert.DoesNotContain(AuthorDigits, decision.Message + decision.ReviewMessageText + h.Logs.AllText(), StringComparison.Ordinal);

        var again = await h.Service.ApproveAsync(StoryHarness.Guild, storyId, StoryHarness.Moderator);
        Assert.False(again.Done);
        Assert.Empty(h.Rest.In(StoryHarness.StoriesChannel));
    }

    [Fact]
    public async Task A_story_is_approved_only_once()
    {
        using var h = new StoryHarness();
        var storyId = await h.ShareAsync(Text);

        await h.Service.ApproveAsync(StoryHarness.Guild, storyId, StoryHarness.Moderator);
        var second = await h.Service.ApproveAsync(StoryHarness.Guild, storyId, StoryHarness.Moderator);
        var reject = await h.Service.RejectAsync(StoryHarness.Guild, storyId, StoryHarness.Moderator);

        Assert.False(second.Done);
        Assert.False(reject.Done);
        Assert.Single(h.Rest.In(StoryHarness.StoriesChannel));
    }

    [Fact]
    public async Task With_approval_off_a_story_is_posted_at_once()
    {
        using var h = new StoryHarness(approvalRequired: false);

        var result = await h.Service.SubmitAsync(StoryHarness.Guild, StoryHarness.Author, new StorySubmission(Text));

        Assert.True(result.Saved);
        Assert.Equal(StoryStatus.Posted, result.Status);
        Assert.Contains($"<#{StoryHarness.StoriesChannel}>", result.Message, StringComparison.Ordinal);
        Assert.Contains("1 April 2026", result.Message, StringComparison.Ordinal);
        Assert.Empty(h.Rest.In(StoryHarness.ModeratorChannel));
        var post = Assert.Single(h.Rest.In(StoryHarness.StoriesChannel));
        Assert.DoesNotContain(AuthorDigits, post.AllText, StringComparison.Ordinal);
        Assert.Empty(post.Request.AllowedMentions!.Parse!);
        Assert.DoesNotContain(AuthorDigits, h.Logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_warning_goes_above_a_spoilered_text_that_cannot_break_out()
    {
        using var h = new StoryHarness(approvalRequired: false);

        await h.Service.SubmitAsync(StoryHarness.Guild, StoryHarness.Author,
            new StorySubmission("The surgery || did not help. @everyone", "medical trauma"));

        var description = Assert.Single(h.Rest.In(StoryHarness.StoriesChannel)).Request.Embeds![0].Description!;
        var lines = description.Split('\n');
        Assert.Equal("**Content warning:** medical trauma", lines[0]);
        Assert.StartsWith("||", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("||", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(description, @"\|\|"));
    }

    [Fact]
    public async Task Bad_input_and_missing_channels_save_nothing()
    {
        using var h = new StoryHarness();
        var tooLong = await h.Service.SubmitAsync(StoryHarness.Guild, StoryHarness.Author, new StorySubmission(new string('a', 2001)));
        var empty = await h.Service.SubmitAsync(StoryHarness.Guild, StoryHarness.Author, new StorySubmission("   "));
        var longWarning = await h.Service.SubmitAsync(StoryHarness.Guild, StoryHarness.Author, new StorySubmission(Text, new string('w', 101)));

        Assert.False(tooLong.Saved);
        Assert.Contains("2,001", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", tooLong.Message, StringComparison.Ordinal);
        Assert.False(empty.Saved);
        Assert.False(longWarning.Saved);
        Assert.Empty(h.Service.Mine(StoryHarness.Author).Stories);
        Assert.Empty(h.Rest.Sent);

        using var noStories = new StoryHarness(storiesChannel: false);
        var result = await noStories.Service.SubmitAsync(StoryHarness.Guild, StoryHarness.Author, new StorySubmission(Text));
        Assert.False(result.Saved);
        Assert.Contains("no stories channel", result.Message, StringComparison.Ordinal);

        using var noModerators = new StoryHarness(moderatorChannel: false);
        result = await noModerators.Service.SubmitAsync(StoryHarness.Guild, StoryHarness.Author, new StorySubmission(Text));
        Assert.False(result.Saved);
        Assert.Contains("no moderator channel", result.Message, StringComparison.Ordinal);
        Assert.Empty(noModerators.Rest.Sent);
    }

    [Fact]
    public async Task Withdrawing_a_pending_story_removes_it_from_the_moderators()
    {
        using var h = new StoryHarness();
        var storyId = await h.ShareAsync(Text);
        var review = Assert.Single(h.Rest.In(StoryHarness.ModeratorChannel));

        var result = await h.Service.WithdrawAsync(StoryHarness.Author, storyId);

        Assert.True(result.Withdrawn);
        Assert.Contains("withdrawn and deleted", result.Message, StringComparison.Ordinal);
        Assert.Contains((StoryHarness.ModeratorChannel, review.MessageId), h.Rest.Deleted);
        Assert.Null(h.Store.Find(new ObjectId(storyId)));
        Assert.Empty(h.Service.Mine(StoryHarness.Author).Stories);

        var approve = await h.Service.ApproveAsync(StoryHarness.Guild, storyId, StoryHarness.Moderator);
        Assert.False(approve.Done);
        Assert.Equal("This story was withdrawn before a decision.", approve.ReviewMessageText);
        Assert.Empty(h.Rest.In(StoryHarness.StoriesChannel));
        Assert.DoesNotContain(AuthorDigits, h.Logs.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(storyId, string.Join('\n', h.Logs.Lines.Where(l => l.Contains("withdrawn", StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawing_a_posted_story_deletes_its_post()
    {
        using var h = new StoryHarness(approvalRequired: false);
        var storyId = await h.ShareAsync(Text);
        var post = Assert.Single(h.Rest.In(StoryHarness.StoriesChannel));
        h.Time.Advance(TimeSpan.FromDays(29));

        var result = await h.Service.WithdrawAsync(StoryHarness.Author, storyId);

        Assert.True(result.Withdrawn);
        Assert.Contains("the post is deleted", result.Message, StringComparison.Ordinal);
        Assert.Contains((StoryHarness.StoriesChannel, post.MessageId), h.Rest.Deleted);
        Assert.Null(h.Store.Find(new ObjectId(storyId)));
    }

    [Fact]
    public async Task Nobody_else_can_withdraw_a_story()
    {
        using var h = new StoryHarness(approvalRequired: false);
        var storyId = await h.ShareAsync(Text);

        var result = await h.Service.WithdrawAsync(StoryHarness.OtherAuthor, storyId);
        var garbage = await h.Service.WithdrawAsync(StoryHarness.Author, "not-a-story");

        Assert.False(result.Withdrawn);
        Assert.Contains("Nothing was changed", result.Message, StringComparison.Ordinal);
        Assert.False(garbage.Withdrawn);
        Assert.NotNull(h.Store.Find(new ObjectId(storyId)));
        Assert.Empty(h.Rest.Deleted);
    }

    [Fact]
    public async Task When_discord_cannot_delete_the_post_now_maintenance_deletes_it_later()
    {
        using var h = new StoryHarness(approvalRequired: false);
        var storyId = await h.ShareAsync(Text);
        var post = Assert.Single(h.Rest.In(StoryHarness.StoriesChannel));
        h.Rest.FailDeletes = true;

        var result = await h.Service.WithdrawAsync(StoryHarness.Author, storyId);

        Assert.True(result.Withdrawn);
        Assert.Contains("within a few minutes", result.Message, StringComparison.Ordinal);
        Assert.Null(h.Store.Find(new ObjectId(storyId)));
        Assert.Single(h.Store.QueuedDeletions());

        await h.Service.RunMaintenanceAsync();
        Assert.Equal(1, Assert.Single(h.Store.QueuedDeletions()).Attempts);

        h.Rest.FailDeletes = false;
        var maintenance = await h.Service.RunMaintenanceAsync();
        Assert.Equal(1, maintenance.MessagesDeleted);
        Assert.Contains((StoryHarness.StoriesChannel, post.MessageId), h.Rest.Deleted);
        Assert.Empty(h.Store.QueuedDeletions());
    }

    [Fact]
    public async Task Crisis_language_signposts_the_author_privately_and_alerts_moderators_without_the_name()
    {
        // Approval is off, yet a story with crisis language waits for a human.
        using var h = new StoryHarness(approvalRequired: false);
        const string Crisis = "Some nights I think I can't go on like this.";

        var result = await h.Service.SubmitAsync(StoryHarness.Guild, StoryHarness.Author, new StorySubmission(Crisis));

        Assert.True(result.Saved);
        Assert.True(result.ShowedSignposting);
        Assert.Equal(StoryStatus.Pending, result.Status);
        Assert.Contains(FakeCrisisCheck.SignpostText, result.Message, StringComparison.Ordinal);
        Assert.Equal("GB", Assert.Single(h.Crisis.CountriesAsked));
        Assert.Empty(h.Rest.In(StoryHarness.StoriesChannel));
        var alert = Assert.Single(h.Rest.In(StoryHarness.ModeratorChannel));
        Assert.Contains("crisis language", alert.Request.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthorDigits, alert.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeCrisisCheck.SignpostText, alert.AllText, StringComparison.Ordinal);
        // Signposting reaches the author in their private reply, not in any message others see.
        Assert.All(h.Rest.Sent, m => Assert.DoesNotContain(FakeCrisisCheck.SignpostText, m.AllText, StringComparison.Ordinal));
        var logs = h.Logs.AllText();
        Assert.Contains("crisis language", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthorDigits, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("go on", logs, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Crisis_language_in_a_story_that_cannot_be_saved_still_signposts_the_author()
    {
        using var h = new StoryHarness(storiesChannel: false);

        var result = await h.Service.SubmitAsync(StoryHarness.Guild, StoryHarness.Author, new StorySubmission("I can't go on."));

        Assert.False(result.Saved);
        Assert.True(result.ShowedSignposting);
        Assert.Contains(FakeCrisisCheck.SignpostText, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_author_link_is_erased_30_days_after_posting()
    {
        using var h = new StoryHarness(approvalRequired: false);
        var storyId = await h.ShareAsync(Text);
        var personal = new StoryPersonalData(h.Store, h.Time);

        h.Time.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, (await h.Service.RunMaintenanceAsync()).AuthorsErased);
        Assert.Single(h.Service.Mine(StoryHarness.Author).Stories);

        h.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await h.Service.RunMaintenanceAsync()).AuthorsErased);

        var story = h.Store.Find(new ObjectId(storyId))!;
        Assert.Null(story.AuthorId);
        Assert.Equal(StoryStatus.Posted, story.Status);
        Assert.Empty(h.Service.Mine(StoryHarness.Author).Stories);
        Assert.False((await h.Service.WithdrawAsync(StoryHarness.Author, storyId)).Withdrawn);
        Assert.Empty(personal.Export(StoryHarness.Author).Rows);
        Assert.DoesNotContain(AuthorDigits, h.Logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_nobody_reviews_in_30_days_is_deleted_and_the_author_told()
    {
        using var h = new StoryHarness();
        var storyId = await h.ShareAsync(Text);
        var review = Assert.Single(h.Rest.In(StoryHarness.ModeratorChannel));

        h.Time.Advance(TimeSpan.FromDays(31));
        var result = await h.Service.RunMaintenanceAsync();

        Assert.Equal(1, result.PendingExpired);
        Assert.Null(h.Store.Find(new ObjectId(storyId)));
        Assert.Contains((StoryHarness.ModeratorChannel, review.MessageId), h.Rest.Deleted);
        Assert.Contains("waited 30 days", Assert.Single(h.Rest.DmsTo(StoryHarness.Author)).Request.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reply_thread_is_opened_once()
    {
        using var h = new StoryHarness(approvalRequired: false);
        var storyId = await h.ShareAsync(Text, topic: "flare days");

        var first = await h.Service.OpenRepliesAsync(StoryHarness.Guild, storyId);
        var second = await h.Service.OpenRepliesAsync(StoryHarness.Guild, storyId);

        Assert.True(first.Opened);
        var thread = Assert.Single(h.Rest.Threads);
        Assert.Equal(thread.Id, first.ThreadId);
        Assert.Equal(thread.Id, second.ThreadId);
        Assert.Contains("flare days", thread.Name, StringComparison.Ordinal);
        Assert.Contains($"<#{thread.Id}>", second.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthorDigits, first.Message + thread.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_holds_only_the_persons_own_stories_and_delete_removes_them_and_their_posts()
    {
        using var h = new StoryHarness(approvalRequired: false);
        await h.ShareAsync("Mine: a warm bath before bed.");
        await h.ShareAsync("Someone else's: walking slowly helps.", StoryHarness.OtherAuthor);
        var posts = h.Rest.In(StoryHarness.StoriesChannel);
        var personal = new StoryPersonalData(h.Store, h.Time);

        var export = personal.Export(StoryHarness.Author);

        var row = Assert.Single(export.Rows);
        Assert.Equal(export.Columns.Count, row.Count);
        Assert.Contains("Mine: a warm bath before bed.", row);
        var exported = string.Join('|', export.Rows.SelectMany(r => r));
        Assert.DoesNotContain("Someone else's", exported, StringComparison.Ordinal);
        Assert.DoesNotContain(StoryHarness.OtherAuthor.ToString(CultureInfo.InvariantCulture), exported, StringComparison.Ordinal);

        Assert.Equal(1, personal.Delete(StoryHarness.Author));
        Assert.Empty(personal.Export(StoryHarness.Author).Rows);
        Assert.Single(personal.Export(StoryHarness.OtherAuthor).Rows);

        await h.Service.RunMaintenanceAsync();
        Assert.Contains((StoryHarness.StoriesChannel, posts[0].MessageId), h.Rest.Deleted);
        Assert.DoesNotContain((StoryHarness.StoriesChannel, posts[1].MessageId), h.Rest.Deleted);
    }

    [Fact]
    public async Task Removing_a_server_removes_its_stories()
    {
        using var h = new StoryHarness();
        var storyId = await h.ShareAsync(Text);
        var guildData = new StoryGuildData(h.Store);

        Assert.Equal(1, guildData.DeleteGuild(StoryHarness.Guild));
        Assert.Null(h.Store.Find(new ObjectId(storyId)));
        Assert.Equal(0, guildData.DeleteGuild(StoryHarness.Guild));
    }

    [Fact]
    public async Task A_story_never_prints_its_text_or_author()
    {
        using var h = new StoryHarness();
        var storyId = await h.ShareAsync(Text);

        var printed = h.Store.Find(new ObjectId(storyId))!.ToString();

        Assert.DoesNotContain(AuthorDigits, printed, StringComparison.Ordinal);
        Assert.DoesNotContain("flares", printed, StringComparison.Ordinal);
    }
}
