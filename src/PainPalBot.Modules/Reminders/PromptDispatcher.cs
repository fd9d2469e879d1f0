using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.CheckIns;
using PainPalBot.Modules.Messaging;

namespace PainPalBot.Modules.Reminders;

/// <summary>
/// One pass over due prompts: exactly once per person and local day. The order is claim, send,
/// mark. A claim is a unique ledger row (person, kind, day) written together with the advanced
/// schedule, so no day is claimed twice. A claim not marked sent (crash, Discord down) is re-sent
/// with the same nonce while Discord still de-duplicates it, and given up after that.
/// </summary>
public sealed partial class PromptDispatcher(
    ReminderStore store,
    ReminderService reminders,
    CheckInStore checkIns,
    DmSender dms,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<PromptDispatcher> log)
{
    /// <summary>Sends what is due now and advances everyone handled.</summary>
    public async Task<PromptRunReport> RunAsync(CancellationToken ct = default)
    {
        var opts = options.Value;
        var now = time.GetUtcNow();
        var report = new PromptRunReport();

        foreach (var unfinished in store.Unfinished())
        {
            if (now - unfinished.ClaimedAt > opts.ResendWindow)
            {
                store.Complete(unfinished.Key, DeliveryState.Abandoned, now);
                LogAbandoned(log, unfinished.UserId, unfinished.Key);
                report = report with { Abandoned = report.Abandoned + 1 };
                continue;
            }
            var outcome = await DeliverAsync(unfinished, ct);
            if (outcome is null)
                return Finish(report with { Interrupted = true });
            report = outcome switch
            {
                DeliveryState.Sent => report with { Resent = report.Resent + 1 },
                DeliveryState.DmsClosed => report with { DmsClosed = report.DmsClosed + 1 },
                _ => report with { Abandoned = report.Abandoned + 1 },
            };
        }

        // Daily prompts a chunk at a time: claim the chunk (one thread, LiteDB transactions), then send it in parallel.
        // Claims stay fresh: a chunk is sent long before its claims are too old to re-send after a crash.
        var handled = 0;
        while (handled < opts.BatchSize)
        {
            var dueNow = store.DuePrompts(now, Math.Min(opts.SendChunkSize, opts.BatchSize - handled));
            if (dueNow.Count == 0)
                break;
            handled += dueNow.Count;
            var chunk = new List<PromptDelivery>(dueNow.Count);
            foreach (var due in dueNow)
            {
                if (due.NextDueUtc is not { } dueAt || due.NextLocalDate is not { } day)
                    continue;
                var settings = due.State == ReminderState.Paused && due.PausedUntil < day
                    ? due with { State = ReminderState.Active, PausedUntil = null, PauseReason = null }
                    : due;
                if (settings.State != ReminderState.Active)
                {
                    store.SaveAdvance(ReminderService.Schedule(settings, now, opts));
                    continue;
                }
                if (now - dueAt > opts.CatchUpWindow)
                {
                    // Too late to be kind; skip to the first day still inside the window, which may be due now.
                    settings = ReminderService.WithNextPrompt(settings, now - opts.CatchUpWindow, afterLocalDate: day);
                    report = report with { SkippedStale = report.SkippedStale + 1 };
                    if (settings.NextDueUtc is not { } laterDue || laterDue > now || settings.NextLocalDate is not { } laterDay)
                    {
                        store.SaveAdvance(settings);
                        continue;
                    }
                    (dueAt, day) = (laterDue, laterDay);
                }
                var advanced = ReminderService.WithNextPrompt(settings, dueAt, afterLocalDate: day);
                if (opts.SkipIfCheckedIn && checkIns.CountOn(settings.UserId, day) > 0)
                {
                    store.SaveAdvance(advanced);
                    report = report with { SkippedCheckedIn = report.SkippedCheckedIn + 1 };
                    continue;
                }
                if (TryClaim(PromptKind.Daily, settings.UserId, day, advanced, now) is { } claimed)
                    chunk.Add(claimed);
                else
                    report = report with { AlreadyClaimed = report.AlreadyClaimed + 1 };
            }
            report = await DeliverChunkAsync(chunk, report, ct);
            if (report.Interrupted)
                return Finish(report);
        }

        foreach (var due in store.DueSummaries(now, opts.BatchSize))
        {
            if (due.NextSummaryUtc is not { } dueAt || due.NextSummaryDate is not { } day)
                continue;
            if (due.State != ReminderState.Active)
            {
                store.SaveAdvance(ReminderService.WithNextSummary(due, now, opts));
                continue;
            }
            if (now - dueAt > opts.CatchUpWindow)
            {
                var later = ReminderService.WithNextSummary(due, now - opts.CatchUpWindow, opts, afterLocalDate: day);
                report = report with { SkippedStale = report.SkippedStale + 1 };
                if (later.NextSummaryUtc is not { } laterDue || laterDue > now || later.NextSummaryDate is not { } laterDay)
                {
                    store.SaveAdvance(later);
                    continue;
                }
                (dueAt, day) = (laterDue, laterDay);
            }
            var advanced = ReminderService.WithNextSummary(due, dueAt, opts, afterLocalDate: day);
            if (TryClaim(PromptKind.Weekly, due.UserId, day, advanced, now) is not { } claimed)
            {
                report = report with { AlreadyClaimed = report.AlreadyClaimed + 1 };
                continue;
            }
            report = await DeliverChunkAsync([claimed], report, ct);
            if (report.Interrupted)
                return Finish(report);
        }

        return Finish(report);
    }

    private PromptRunReport Finish(PromptRunReport report)
    {
        // An idle run (the usual case, every poll) is not worth an Information line.
        if (report == new PromptRunReport())
            LogIdleRun(log);
        else
            LogRun(log, report.Sent, report.Resent, report.SkippedCheckedIn, report.SkippedStale, report.AlreadyClaimed, report.DmsClosed, report.Abandoned, report.Interrupted);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Prompt run: nothing due")]
    private static partial void LogIdleRun(ILogger logger);

    /// <summary>Sends claimed deliveries side by side and counts the outcomes; a failed send leaves its claim for the next run.</summary>
    private async Task<PromptRunReport> DeliverChunkAsync(List<PromptDelivery> chunk, PromptRunReport report, CancellationToken ct)
    {
        if (chunk.Count == 0)
            return report;
        var outcomes = new DeliveryState?[chunk.Count];
        await Parallel.ForAsync(0, chunk.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelSends, CancellationToken = ct },
            async (i, token) => outcomes[i] = await DeliverAsync(chunk[i], token));
        foreach (var outcome in outcomes)
        {
            report = outcome switch
            {
                DeliveryState.Sent => report with { Sent = report.Sent + 1 },
                DeliveryState.DmsClosed => report with { DmsClosed = report.DmsClosed + 1 },
                DeliveryState.Abandoned => report with { Abandoned = report.Abandoned + 1 },
                _ => report with { Interrupted = true },
            };
        }
        return report;
    }

    // Null when not claimed: the day was claimed before, or the person changed their settings meanwhile.
    private PromptDelivery? TryClaim(PromptKind kind, ulong userId, DateOnly day, ReminderSettings advanced, DateTimeOffset now)
    {
        var delivery = new PromptDelivery(
            PromptSchedule.DeliveryKey(kind, userId, day), userId, kind, day, PromptSchedule.Nonce(kind, userId, day),
            DeliveryState.Claimed, now, null);
        if (!store.TryClaim(delivery, advanced))
            return null;
        store.PruneDeliveries(userId, now.AddDays(-options.Value.DeliveryRetentionDays));
        return delivery;
    }

    /// <summary>Sends a claimed delivery; null when the send failed and should be retried later.</summary>
    private async Task<DeliveryState?> DeliverAsync(PromptDelivery delivery, CancellationToken ct)
    {
        // A chunk is claimed before it is sent: someone may have paused, turned prompts off or deleted
        // their data in between. Then the prompt is not sent, and the claim is dropped, not kept.
        if (!StillWanted(delivery))
        {
            store.Release(delivery.Key);
            return DeliveryState.Abandoned;
        }
        var request = delivery.Kind == PromptKind.Daily
            ? PromptMessages.DailyPrompt(delivery.LocalDate, delivery.Nonce, IsPegReminderDay(delivery))
            : PromptMessages.WeeklySummary(checkIns.ForUserBetween(delivery.UserId, delivery.LocalDate.AddDays(-6), delivery.LocalDate), delivery.LocalDate, delivery.Nonce);
        DmSendResult result;
        try
        {
            result = await dms.SendAsync(delivery.UserId, request, ct);
        }
        catch (DiscordApiException e) when ((int)e.Status is >= 400 and < 500 and not 429)
        {
            // Discord refused this one request for good (not an outage): give this person's day up, go on with the rest.
            LogSendRefused(log, delivery.UserId, e.Code, (int)e.Status);
            store.Complete(delivery.Key, DeliveryState.Abandoned, time.GetUtcNow());
            return DeliveryState.Abandoned;
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException or TimeoutException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // The claim stays: the next run re-sends it with the same nonce.
            LogSendFailed(log, delivery.UserId, (e as DiscordApiException)?.Code, e.GetType().Name);
            return null;
        }
        if (result.Status == DmSendStatus.CannotDm)
        {
            store.Complete(delivery.Key, DeliveryState.DmsClosed, time.GetUtcNow());
            reminders.MarkDmsClosed(delivery.UserId);
            return DeliveryState.DmsClosed;
        }
        store.Complete(delivery.Key, DeliveryState.Sent, time.GetUtcNow());
        return DeliveryState.Sent;
    }

    private bool StillWanted(PromptDelivery delivery) =>
        store.IsClaimed(delivery.Key) && store.Find(delivery.UserId) is { State: ReminderState.Active };

    // The PEG-3 line rides on the daily prompt of one day a week (the summary day), never a separate nag.
    private bool IsPegReminderDay(PromptDelivery delivery) =>
        delivery.LocalDate.DayOfWeek == options.Value.WeeklySummaryDay && CheckInService.IsPegDue(checkIns, delivery.UserId, delivery.LocalDate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Prompt run: {Sent} sent, {Resent} re-sent, {SkippedCheckedIn} already checked in, {SkippedStale} stale, {AlreadyClaimed} already claimed, {DmsClosed} DMs closed, {Abandoned} abandoned, interrupted {Interrupted}")]
    private static partial void LogRun(ILogger logger, int sent, int resent, int skippedCheckedIn, int skippedStale, int alreadyClaimed, int dmsClosed, int abandoned, bool interrupted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompt to {UserId} failed ({DiscordCode}, {ErrorType}); it will be re-sent with the same nonce")]
    private static partial void LogSendFailed(ILogger logger, ulong userId, int? discordCode, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompt to {UserId} refused by Discord ({DiscordCode}, HTTP {HttpStatus}); that day's prompt is given up")]
    private static partial void LogSendRefused(ILogger logger, ulong userId, int? discordCode, int httpStatus);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompt claim {DeliveryKey} for {UserId} is too old to re-send safely; marked done")]
    private static partial void LogAbandoned(ILogger logger, ulong userId, string deliveryKey);
}
