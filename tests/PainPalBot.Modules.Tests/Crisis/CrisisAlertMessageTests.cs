using PainPalBot.Modules.Crisis;

namespace PainPalBot.Modules.Tests.Crisis;

/// <summary>What moderators read on an alert: what raised it, and who asked only as each reporter was promised.</summary>
public sealed class CrisisAlertMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static CrisisAlert Alert(CrisisAlertSource source, params CrisisAlertRequest[] requests) => new()
    {
        GuildId = 1,
        ChannelId = 2,
        MessageId = 3,
        UserId = 10,
        Source = source,
        Requests = requests,
        Dm = CrisisAlertDm.Sent,
    };

    private static CrisisAlertRequest By(ulong id, bool shown) => new() { ReporterId = id, At = Now, Shown = shown };

    [Theory]
    [InlineData(false, false, "Asked by: 2 members (who asked is kept private)")]
    [InlineData(true, false, "Asked by: <@20>, a member (who asked is kept private)")]
    [InlineData(true, true, "Asked by: <@20>, <@21>")]
    public void Reporters_are_named_only_where_the_request_was_made_with_names_shown(bool firstShown, bool secondShown, string expected)
    {
        var text = CrisisAlertMessage.Content(Alert(CrisisAlertSource.MemberRequest, By(20, firstShown), By(21, secondShown)));

        Assert.Contains(expected + "\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reporter_who_deleted_their_data_still_counts_without_a_name()
    {
        var text = CrisisAlertMessage.Content(Alert(CrisisAlertSource.MemberRequest, By(0, true), By(21, true)));

        Assert.Contains("Asked by: <@21>, a member\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@0>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crisis_watch_alert_that_members_asked_about_says_so_and_a_self_request_says_they_asked()
    {
        var watch = CrisisAlertMessage.Content(Alert(CrisisAlertSource.Watch, By(20, false), By(10, false)));
        Assert.StartsWith("**Crisis watch:**", watch, StringComparison.Ordinal);
        Assert.Contains("Members asking too: they asked for a check-in themselves too, a member (who asked is kept private)", watch, StringComparison.Ordinal);
        Assert.DoesNotContain("not from crisis watch", watch, StringComparison.Ordinal);

        var self = CrisisAlertMessage.Content(Alert(CrisisAlertSource.SelfRequest, By(10, false)));
        Assert.StartsWith("**Check-in request:** someone asked the moderators to check in with them.", self, StringComparison.Ordinal);
        Assert.Contains("Asked by: they asked for themselves\n", self, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alert_nobody_asked_about_has_no_asked_by_line()
    {
        var text = CrisisAlertMessage.Content(Alert(CrisisAlertSource.Watch));

        Assert.DoesNotContain("Asked by", text, StringComparison.Ordinal);
        Assert.DoesNotContain("asking too", text, StringComparison.Ordinal);
    }
}
