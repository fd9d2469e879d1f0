using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using PainPalBot.Discord;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.CheckIns;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.Reminders;

namespace PainPalBot.Benchmarks;

/// <summary>
/// The daily prompt job's query with many people stored: 100,000 reminders spread over the day in a
/// real LiteDB file, then the indexed "who is due now" query timed many times (goal: under 10 ms),
/// then one whole prompt run sending the due batch to FakeDiscord through the real REST client.
/// Usage: <c>prompts [people=100000] [iterations=200]</c>.
/// </summary>
internal static class PromptLoadRun
{
    private static readonly string[] Zones = ["Europe/London", "America/New_York", "America/Los_Angeles", "Australia/Sydney", "Asia/Kolkata", "Europe/Berlin"];

    public static async Task<int> RunAsync(string[] args)
    {
        var people = IntArg(args, 0, 100_000);
        var iterations = IntArg(args, 1, 200);
        var clock = TimeProvider.System;
        var folder = Path.Combine(Path.GetTempPath(), $"painpal-prompts-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            using var db = new LiteDatabase($"Filename={Path.Combine(folder, "load.db")};Connection=direct");
            var store = new ReminderStore(db);
            var now = new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero);
            var options = new ReminderOptions();

            var started = clock.GetTimestamp();
            store.SaveMany(Enumerable.Range(1, people).Select(i => Person((ulong)i, now, options)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Prompt load: stored {people:N0} people in {clock.GetElapsedTime(started).TotalSeconds:0.0} s ({new FileInfo(Path.Combine(folder, "load.db")).Length / 1024 / 1024} MB)"));

            var due = store.DuePrompts(now, options.BatchSize).Count;
            var dueOnly = Time(iterations, () => store.DuePrompts(now, options.BatchSize));
            var wholeScan = Time(iterations, () =>
            {
                store.DuePrompts(now, options.BatchSize);
                store.DueSummaries(now, options.BatchSize);
                store.Unfinished();
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Due-prompt query, {due} due of {people:N0} (goal < 10 ms): median {dueOnly.Median:0.00} ms, p95 {dueOnly.P95:0.00} ms, max {dueOnly.Max:0.00} ms over {iterations} runs"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"All three queries of a run (due prompts, due summaries, unfinished claims): median {wholeScan.Median:0.00} ms, p95 {wholeScan.P95:0.00} ms"));
            Console.WriteLine("Query plan: " + db.GetCollection<ReminderSettings>("reminders").Query()
                .Where(Query.Between(nameof(ReminderSettings.NextDueUtc), new BsonValue(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)), new BsonValue(now.UtcDateTime)))
                .GetPlan().ToString());

            await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
            using var rest = new DiscordRestClient(Microsoft.Extensions.Options.Options.Create(new DiscordOptions { Token = discord.Token, ApiBaseUrl = discord.ApiBaseUrl }), clock);
            var time = new FixedTime(now);
            var reminderOptions = Microsoft.Extensions.Options.Options.Create(options);
            var reminders = new ReminderService(store, new TimeZoneCatalog(), time, reminderOptions, NullLogger<ReminderService>.Instance);
            var dispatcher = new PromptDispatcher(store, reminders, new CheckInStore(db), new DmSender(rest, new DmChannelStore(db), time, NullLogger<DmSender>.Instance),
                time, reminderOptions, NullLogger<PromptDispatcher>.Instance);
            started = clock.GetTimestamp();
            var report = await dispatcher.RunAsync();
            var elapsed = clock.GetElapsedTime(started);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Whole prompt run: {report.Sent} sent (2 requests each the first time: open DM, send) in {elapsed.TotalMilliseconds:0} ms; skipped {report.SkippedStale} stale"));
            return dueOnly.Median < 10 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // People spread evenly over the day in a few zones; about one in 1,440 is due in any minute, so one poll interval's worth is due now.
    private static ReminderSettings Person(ulong i, DateTimeOffset now, ReminderOptions options)
    {
        var minutes = (int)(i * 7919 % 1440);
        var settings = new ReminderSettings(1_000_000_000_000_000 + i, Zones[(int)(i % (ulong)Zones.Length)], minutes, ReminderDays.EveryDay,
            ReminderState.Active, null, null, null, null, i % 10 == 0, null, null, null, now);
        return ReminderService.Schedule(settings, now - options.PollInterval, options);
    }

    private static (double Median, double P95, double Max) Time(int iterations, Action query)
    {
        var clock = TimeProvider.System;
        query();
        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var t = clock.GetTimestamp();
            query();
            times[i] = clock.GetElapsedTime(t).TotalMilliseconds;
        }
        Array.Sort(times);
        return (times[iterations / 2], times[(int)(iterations * 0.95)], times[^1]);
    }

    private static int IntArg(string[] args, int index, int fallback) =>
        args.Length > index && int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
