using System.Net;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.Reminders;
using PainPalBot.Modules.Tests.Support;
using Quartz;

namespace PainPalBot.Modules.Tests.Reminders;

public sealed class DailyPromptJobTests : IDisposable
{
    private const ulong Alice = 111_111_111_111_111_111;
    private const ulong Bob = 222_222_222_222_222_222;

    // Wednesday 25 November 2026, 12:00 UTC (GMT in London).
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SevenPm = new(2026, 11, 25, 19, 0, 0, TimeSpan.Zero);

    private readonly Harness _h = new(Noon);

    [Fact]
    public async Task A_prompt_is_sent_at_the_persons_time_once_with_nonce_and_pain_buttons()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");

        _h.Time.SetUtcNow(SevenPm.AddSeconds(-1));
        Assert.Equal(0, (await _h.RunPromptsAsync()).Sent);
        _h.Time.SetUtcNow(SevenPm.AddSeconds(15));
        Assert.Equal(1, (await _h.RunPromptsAsync()).Sent);
        _h.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, (await _h.RunPromptsAsync()).Sent);

        var (channel, request) = Assert.Single(_h.SentMessages());
        Assert.Equal(Alice + 1, channel);
        Assert.Equal(PromptSchedule.Nonce(PromptKind.Daily, Alice, new DateOnly(2026, 11, 25)), request.Nonce);
        Assert.True(request.EnforceNonce);
        Assert.Empty(request.AllowedMentions!.Parse!);
        Assert.Equal(11, request.Components!.SelectMany(r => r.Components!).Count());
        Assert.StartsWith("ci:pain:20261125:", request.Components![0].Components![0].CustomId, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Sent, Assert.Single(_h.ReminderStore.DeliveriesFor(Alice)).State);
    }

    [Fact]
    public async Task The_next_day_gets_its_own_prompt_and_the_dm_channel_is_reused()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");

        _h.Time.SetUtcNow(SevenPm);
        await _h.RunPromptsAsync();
        _h.Time.SetUtcNow(SevenPm.AddDays(1));
        await _h.RunPromptsAsync();

        var sent = _h.SentMessages();
        Assert.Equal(2, sent.Count);
        Assert.NotEqual(sent[0].Request.Nonce, sent[1].Request.Nonce);
        await _h.Rest.Received(1).CreateDmAsync(Alice, Arg.Any<CancellationToken>());
        Assert.Equal(Alice + 1, _h.DmChannels.Find(Alice)!.ChannelId);
    }

    [Fact]
    public async Task A_crash_between_send_and_mark_re_sends_the_same_nonce_after_restart_and_never_again()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");
        // Discord creates the message but the answer never arrives: the process dies before marking it sent.
        _h.Rest.CreateMessageAsync(Arg.Any<ulong>(), Arg.Any<CreateMessageRequest>(), Arg.Any<IReadOnlyList<FileAttachment>?>(), Arg.Any<CancellationToken>())
            .Returns(
                _ => throw new HttpRequestException("connection reset"),
                _ => new Message { Id = 9 });
        _h.Time.SetUtcNow(SevenPm);
        var first = await _h.RunPromptsAsync();
        Assert.True(first.Interrupted);
        Assert.Equal(DeliveryState.Claimed, Assert.Single(_h.ReminderStore.DeliveriesFor(Alice)).State);

        _h.Restart();
        _h.Time.Advance(TimeSpan.FromSeconds(40));
        var second = await _h.RunPromptsAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        var third = await _h.RunPromptsAsync();

        Assert.Equal(1, second.Resent);
        Assert.Equal(0, third.Sent + third.Resent);
        var sent = _h.SentMessages();
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].Request.Nonce, sent[1].Request.Nonce);
        Assert.Equal(DeliveryState.Sent, Assert.Single(_h.ReminderStore.DeliveriesFor(Alice)).State);
        Assert.Equal(new DateOnly(2026, 11, 26), _h.ReminderStore.Find(Alice)!.NextLocalDate);
    }

    [Fact]
    public async Task A_claim_older_than_the_resend_window_is_marked_done_not_re_sent()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");
        _h.Rest.CreateMessageAsync(Arg.Any<ulong>(), Arg.Any<CreateMessageRequest>(), Arg.Any<IReadOnlyList<FileAttachment>?>(), Arg.Any<CancellationToken>())
            .Returns(_ => throw new HttpRequestException("connection reset"), _ => new Message { Id = 9 });
        _h.Time.SetUtcNow(SevenPm);
        await _h.RunPromptsAsync();

        _h.Restart();
        _h.Time.Advance(TimeSpan.FromMinutes(20));
        var report = await _h.RunPromptsAsync();

        Assert.Equal(1, report.Abandoned);
        Assert.Single(_h.SentMessages());
        Assert.Equal(DeliveryState.Abandoned, Assert.Single(_h.ReminderStore.DeliveriesFor(Alice)).State);
    }

    [Fact]
    public async Task A_crash_after_the_claim_but_before_the_send_still_sends_the_prompt()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");
        // The claim is committed; then the process dies before it reaches Discord.
        _h.Rest.CreateDmAsync(Arg.Any<ulong>(), Arg.Any<CancellationToken>())
            .Returns(_ => throw new TaskCanceledException("shutting down"), call => new Channel { Id = call.Arg<ulong>() + 1 });
        _h.Time.SetUtcNow(SevenPm);
        await _h.RunPromptsAsync();
        Assert.Empty(_h.SentMessages());

        _h.Restart();
        _h.Time.Advance(TimeSpan.FromSeconds(30));
        await _h.RunPromptsAsync();

        Assert.Single(_h.SentMessages());
    }

    [Fact]
    public async Task Prompts_missed_while_down_are_sent_late_within_the_catch_up_window()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");

        _h.Time.SetUtcNow(SevenPm.AddHours(2.5));
        var report = await _h.RunPromptsAsync();

        Assert.Equal(1, report.Sent);
    }

    [Fact]
    public async Task Prompts_older_than_the_catch_up_window_are_skipped_and_advanced()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");

        _h.Time.SetUtcNow(SevenPm.AddHours(3).AddMinutes(1));
        var report = await _h.RunPromptsAsync();

        Assert.Equal((0, 1), (report.Sent, report.SkippedStale));
        Assert.Empty(_h.SentMessages());
        Assert.Equal(new DateOnly(2026, 11, 26), _h.ReminderStore.Find(Alice)!.NextLocalDate);
    }

    [Fact]
    public async Task Days_of_downtime_give_no_burst_of_stale_prompts()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");
        _h.Reminders.Set(Bob, "08:00", "Europe/London");

        // Down from Wednesday noon to Saturday 20:00: Alice's Saturday prompt is an hour late, everything else is stale.
        _h.Time.SetUtcNow(SevenPm.AddDays(3).AddHours(1));
        await _h.RunPromptsAsync();
        _h.Time.Advance(TimeSpan.FromSeconds(30));
        await _h.RunPromptsAsync();

        var sent = Assert.Single(_h.SentMessages());
        Assert.Equal(PromptSchedule.Nonce(PromptKind.Daily, Alice, new DateOnly(2026, 11, 28)), sent.Request.Nonce);
        Assert.Equal(new DateOnly(2026, 11, 29), _h.ReminderStore.Find(Bob)!.NextLocalDate);
    }

    [Fact]
    public async Task Closed_dms_pause_the_person_and_leave_a_notice_given_once()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");
        _h.Rest.CreateMessageAsync(Arg.Any<ulong>(), Arg.Any<CreateMessageRequest>(), Arg.Any<IReadOnlyList<FileAttachment>?>(), Arg.Any<CancellationToken>())
            .Throws(new DiscordApiException(HttpStatusCode.Forbidden, DiscordErrorCodes.CannotSendMessagesToThisUser, "Cannot send messages to this user", null, "POST", "/channels/{channel_id}/messages"));

        _h.Time.SetUtcNow(SevenPm);
        var report = await _h.RunPromptsAsync();
        _h.Time.SetUtcNow(SevenPm.AddDays(1));
        await _h.RunPromptsAsync();

        Assert.Equal(1, report.DmsClosed);
        var settings = _h.ReminderStore.Find(Alice)!;
        Assert.Equal((ReminderState.Paused, ReminderSettings.DmsClosedReason), (settings.State, settings.PauseReason));
        Assert.Null(settings.NextDueUtc);
        Assert.Single(_h.SentMessages());
        Assert.Equal(DeliveryState.DmsClosed, Assert.Single(_h.ReminderStore.DeliveriesFor(Alice)).State);
        Assert.Equal(ReminderService.DmsClosedNotice, _h.Reminders.TakePendingNotice(Alice));
        Assert.Null(_h.Reminders.TakePendingNotice(Alice));
        Assert.Contains("because I can't DM you", _h.Reminders.Show(Alice).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_people_are_still_prompted_when_one_has_closed_dms()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");
        _h.Reminders.Set(Bob, "19:00", "Europe/London");
        _h.Rest.CreateMessageAsync(Alice + 1, Arg.Any<CreateMessageRequest>(), Arg.Any<IReadOnlyList<FileAttachment>?>(), Arg.Any<CancellationToken>())
            .Throws(new DiscordApiException(HttpStatusCode.Forbidden, DiscordErrorCodes.CannotSendMessagesToThisUser, "Cannot send messages to this user", null, "POST", "/channels/{channel_id}/messages"));

        _h.Time.SetUtcNow(SevenPm);
        var report = await _h.RunPromptsAsync();

        Assert.Equal((1, 1), (report.Sent, report.DmsClosed));
    }

    [Fact]
    public async Task A_request_discord_refuses_for_one_person_does_not_hold_up_the_others()
    {
        _h.Reminders.Set(Alice, "18:59", "Europe/London");
        _h.Reminders.Set(Bob, "19:00", "Europe/London");
        _h.Rest.CreateMessageAsync(Alice + 1, Arg.Any<CreateMessageRequest>(), Arg.Any<IReadOnlyList<FileAttachment>?>(), Arg.Any<CancellationToken>())
            .Throws(new DiscordApiException(HttpStatusCode.BadRequest, DiscordErrorCodes.InvalidFormBody, "Invalid Form Body", null, "POST", "/channels/{channel_id}/messages"));

        _h.Time.SetUtcNow(SevenPm);
        var report = await _h.RunPromptsAsync();

        Assert.Equal((1, 1, false), (report.Sent, report.Abandoned, report.Interrupted));
        Assert.Equal(DeliveryState.Abandoned, Assert.Single(_h.ReminderStore.DeliveriesFor(Alice)).State);
        Assert.Equal(ReminderState.Active, _h.ReminderStore.Find(Alice)!.State);
    }

    [Fact]
    public async Task No_prompt_when_the_person_already_checked_in_that_local_day()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");
        _h.CheckIns.Log(Alice, 3);

        _h.Time.SetUtcNow(SevenPm);
        var report = await _h.RunPromptsAsync();
        _h.Time.SetUtcNow(SevenPm.AddDays(1));
        var nextDay = await _h.RunPromptsAsync();

        Assert.Equal((0, 1), (report.Sent, report.SkippedCheckedIn));
        Assert.Equal(1, nextDay.Sent);
    }

    [Fact]
    public async Task Skipping_after_a_check_in_can_be_switched_off()
    {
        using var h = new Harness(Noon, reminderOptions: new ReminderOptions { SkipIfCheckedIn = false });
        h.Reminders.Set(Alice, "19:00", "Europe/London");
        h.CheckIns.Log(Alice, 3);

        h.Time.SetUtcNow(SevenPm);

        Assert.Equal(1, (await h.RunPromptsAsync()).Sent);
    }

    [Fact]
    public async Task A_paused_person_is_not_prompted_until_the_pause_ends()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");
        _h.Reminders.Pause(Alice, "2026-11-26");

        for (var t = SevenPm; t <= SevenPm.AddDays(2); t = t.AddHours(1))
        {
            _h.Time.SetUtcNow(t);
            await _h.RunPromptsAsync();
        }

        var sent = Assert.Single(_h.SentMessages());
        Assert.Equal(PromptSchedule.Nonce(PromptKind.Daily, Alice, new DateOnly(2026, 11, 27)), sent.Request.Nonce);
    }

    [Fact]
    public async Task Spring_forward_in_new_york_sends_the_missing_time_at_the_first_valid_minute()
    {
        using var h = new Harness(new DateTimeOffset(2026, 3, 7, 12, 0, 0, TimeSpan.Zero));
        h.Reminders.Set(Alice, "02:30", "America/New_York");

        var sendTimes = await RunLikeQuartzAsync(h, until: new DateTimeOffset(2026, 3, 9, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(
            [new DateTimeOffset(2026, 3, 8, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 9, 6, 30, 0, TimeSpan.Zero)],
            sendTimes);
    }

    [Fact]
    public async Task Fall_back_in_new_york_sends_an_ambiguous_time_once()
    {
        using var h = new Harness(new DateTimeOffset(2026, 10, 31, 12, 0, 0, TimeSpan.Zero));
        h.Reminders.Set(Alice, "01:30", "America/New_York");

        var sendTimes = await RunLikeQuartzAsync(h, until: new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(
            [new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 2, 6, 30, 0, TimeSpan.Zero)],
            sendTimes);
    }

    [Fact]
    public async Task London_gap_and_overlap_days_each_get_one_prompt()
    {
        using var spring = new Harness(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero));
        spring.Reminders.Set(Alice, "01:30", "Europe/London");
        using var autumn = new Harness(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero));
        autumn.Reminders.Set(Alice, "01:30", "Europe/London");

        var springTimes = await RunLikeQuartzAsync(spring, until: new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero));
        var autumnTimes = await RunLikeQuartzAsync(autumn, until: new DateTimeOffset(2026, 10, 25, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal([new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero)], springTimes);
        Assert.Equal([new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero)], autumnTimes);
    }

    [Fact]
    public async Task Lord_howe_half_hour_shift_gap_and_overlap_days_each_get_one_prompt()
    {
        using var spring = new Harness(new DateTimeOffset(2026, 10, 3, 0, 0, 0, TimeSpan.Zero));
        spring.Reminders.Set(Alice, "02:15", "Australia/Lord_Howe");
        using var autumn = new Harness(new DateTimeOffset(2026, 4, 4, 0, 0, 0, TimeSpan.Zero));
        autumn.Reminders.Set(Alice, "01:45", "Australia/Lord_Howe");

        var springTimes = await RunLikeQuartzAsync(spring, until: new DateTimeOffset(2026, 10, 4, 0, 0, 0, TimeSpan.Zero));
        var autumnTimes = await RunLikeQuartzAsync(autumn, until: new DateTimeOffset(2026, 4, 5, 0, 0, 0, TimeSpan.Zero));

        // 02:15 does not exist on 4 October (02:00 -> 02:30): sent at 02:30 +11:00.
        Assert.Equal([new DateTimeOffset(2026, 10, 3, 15, 30, 0, TimeSpan.Zero)], springTimes);
        // 01:45 happens twice on 5 April (02:00 -> 01:30): sent once, at the first (+11:00).
        Assert.Equal([new DateTimeOffset(2026, 4, 4, 14, 45, 0, TimeSpan.Zero)], autumnTimes);
    }

    [Fact]
    public async Task The_weekly_summary_counts_days_gently()
    {
        using var h = new Harness(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        h.Reminders.Set(Alice, "19:00", "Europe/London");
        h.Reminders.SetWeeklySummary(Alice, true);
        // Check in on five of the seven days up to Sunday 29 November, before the evening prompt.
        foreach (var day in new[] { 23, 24, 26, 27, 29 })
        {
            h.Time.SetUtcNow(new DateTimeOffset(2026, 11, day, 9, 0, 0, TimeSpan.Zero));
            h.CheckIns.Log(Alice, 4);
        }

        h.Time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 19, 0, 0, TimeSpan.Zero));
        await h.RunPromptsAsync();

        var summary = Assert.Single(h.SentMessages(), m => m.Request.Nonce!.StartsWith('w'));
        Assert.Equal("Your week: you checked in on 5 of the last 7 days. On those days your pain averaged 4.0 out of 10. Thank you for looking after yourself. /history shows the details.", summary.Request.Content);
        Assert.Equal(new DateOnly(2026, 12, 6), h.ReminderStore.Find(Alice)!.NextSummaryDate);
    }

    [Fact]
    public async Task Data_deleted_during_a_run_is_not_brought_back_and_a_pause_during_a_run_holds()
    {
        const ulong Carol = 333_333_333_333_333_333;
        // One send at a time, so "while the job is busy with Alice" comes before Bob's and Carol's turn;
        // a change that races a send already under way cannot stop that send.
        _h.ReminderOptions.MaxParallelSends = 1;
        _h.Reminders.Set(Alice, "18:59", "Europe/London");
        _h.Reminders.Set(Bob, "19:00", "Europe/London");
        _h.Reminders.Set(Carol, "19:00", "Europe/London");
        // While the job is busy with Alice, Bob deletes everything and Carol pauses.
        _h.Rest.CreateDmAsync(Alice, Arg.Any<CancellationToken>()).Returns(_ =>
        {
            _h.PersonalData.Delete(Bob);
            _h.Reminders.Pause(Carol);
            return new Channel { Id = Alice + 1 };
        });

        _h.Time.SetUtcNow(SevenPm);
        await _h.RunPromptsAsync();

        Assert.Single(_h.SentMessages());
        Assert.Null(_h.ReminderStore.Find(Bob));
        Assert.Empty(_h.ReminderStore.DeliveriesFor(Bob));
        Assert.Equal(ReminderState.Paused, _h.ReminderStore.Find(Carol)!.State);
        Assert.Empty(_h.ReminderStore.DeliveriesFor(Carol));
    }

    [Fact]
    public async Task Many_people_due_at_once_are_sent_in_parallel_chunks_each_exactly_once()
    {
        using var h = new Harness(Noon, reminderOptions: new ReminderOptions { SendChunkSize = 7, MaxParallelSends = 4 });
        var people = Enumerable.Range(1, 40).Select(i => (ulong)(500_000_000_000_000_000 + i)).ToList();
        foreach (var person in people)
            h.Reminders.Set(person, "19:00", "Europe/London");
        h.Time.SetUtcNow(SevenPm);

        var report = await h.RunPromptsAsync();
        var again = await h.RunPromptsAsync();

        Assert.Equal(40, report.Sent);
        Assert.Equal(0, again.Sent);
        Assert.Equal(40, h.SentMessages().Count);
        Assert.All(people, p => Assert.Single(h.ReminderStore.DeliveriesFor(p)));
    }

    [Fact]
    public async Task The_quartz_job_runs_the_dispatcher()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");
        _h.Time.SetUtcNow(SevenPm);
        var job = new DailyPromptJob(_h.Dispatcher);

        await job.Execute(Substitute.For<IJobExecutionContext>(), CancellationToken.None);

        Assert.Single(_h.SentMessages());
        Assert.NotNull(typeof(DailyPromptJob).GetCustomAttributes(typeof(DisallowConcurrentExecutionAttribute), true).SingleOrDefault());
    }

    // Runs the job as Quartz would, at least every 30 minutes and at every due instant, and
    // returns when prompts went out. (Polling every 30 s for days would only repeat the empty runs.)
    private static async Task<List<DateTimeOffset>> RunLikeQuartzAsync(Harness h, DateTimeOffset until)
    {
        var times = new List<DateTimeOffset>();
        while (h.Time.GetUtcNow() < until)
        {
            var now = h.Time.GetUtcNow();
            var next = now.AddMinutes(30);
            if (h.ReminderStore.Find(Alice)?.NextDueUtc is { } due && due > now && due < next)
                next = due;
            h.Time.SetUtcNow(next);
            var before = h.SentMessages().Count;
            await h.RunPromptsAsync();
            times.AddRange(Enumerable.Repeat(h.Time.GetUtcNow(), h.SentMessages().Count - before));
        }
        return times;
    }

    public void Dispose() => _h.Dispose();
}
