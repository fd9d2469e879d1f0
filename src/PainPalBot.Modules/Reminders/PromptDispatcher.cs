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

        foreach (var due in store.DuePrompts(now, opts.BatchSize))
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
            var outcome = await ClaimAndDeliverAsync(PromptKind.Daily, settings.UserId, day, advanced, now, ct);
            report = Count(report, outcome);
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
            report = Count(report, await ClaimAndDeliverAsync(PromptKind.Weekly, due.UserId, day, advanced, now, ct));
            if (report.Interrupted)
                return Finish(report);
        }

        return Finish(report);
    }

    private PromptRunReport Finish(PromptRunReport report)
    {
        LogRun(log, report.Sent, report.Resent, report.SkippedCheckedIn, report.SkippedStale, report.AlreadyClaimed, report.DmsClosed, report.Abandoned, report.Interrupted);
        return report;
    }

    private static PromptRunReport Count(PromptRunReport report, (bool Claimed, DeliveryState? Outcome) result) => result switch
    {
        (false, _) => report with { AlreadyClaimed = report.AlreadyClaimed + 1 },
        (true, DeliveryState.Sent) => report with { Sent = report.Sent + 1 },
        (true, DeliveryState.DmsClosed) => report with { DmsClosed = report.DmsClosed + 1 },
        (true, DeliveryState.Abandoned) => report with { Abandoned = report.Abandoned + 1 },
        _ => report with { Interrupted = true },
    };

    // Not claimed: the day was claimed before, or the person changed their settings meanwhile.
    private async Task<(bool Claimed, DeliveryState? Outcome)> ClaimAndDeliverAsync(PromptKind kind, ulong userId, DateOnly day, ReminderSettings advanced, DateTimeOffset now, CancellationToken ct)
    {
        var delivery = new PromptDelivery(
            PromptSchedule.DeliveryKey(kind, userId, day), userId, kind, day, PromptSchedule.Nonce(kind, userId, day),
            DeliveryState.Claimed, now, null);
        if (!store.TryClaim(delivery, advanced))
            return (false, null);
        store.PruneDeliveries(userId, now.AddDays(-options.Value.DeliveryRetentionDays));
        return (true, await DeliverAsync(delivery, ct));
    }

    /// <summary>Sends a claimed delivery; null when the send failed and should be retried later.</summary>
    private async Task<DeliveryState?> DeliverAsync(PromptDelivery delivery, CancellationToken ct)
    {
        var request = delivery.Kind == PromptKind.Daily
            ? PromptMessages.DailyPrompt(delivery.LocalDate, delivery.Nonce)
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Prompt run: {Sent} sent, {Resent} re-sent, {SkippedCheckedIn} already checked in, {SkippedStale} stale, {AlreadyClaimed} already claimed, {DmsClosed} DMs closed, {Abandoned} abandoned, interrupted {Interrupted}")]
    private static partial void LogRun(ILogger logger, int sent, int resent, int skippedCheckedIn, int skippedStale, int alreadyClaimed, int dmsClosed, int abandoned, bool interrupted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompt to {UserId} failed ({DiscordCode}, {ErrorType}); it will be re-sent with the same nonce")]
    private static partial void LogSendFailed(ILogger logger, ulong userId, int? discordCode, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompt to {UserId} refused by Discord ({DiscordCode}, HTTP {HttpStatus}); that day's prompt is given up")]
    private static partial void LogSendRefused(ILogger logger, ulong userId, int? discordCode, int httpStatus);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompt claim {DeliveryKey} for {UserId} is too old to re-send safely; marked done")]
    private static partial void LogAbandoned(ILogger logger, ulong userId, string deliveryKey);
}
