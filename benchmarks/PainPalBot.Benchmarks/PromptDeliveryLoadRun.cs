using System.Diagnostics;
using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.CheckIns;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.Reminders;

namespace PainPalBot.Benchmarks;

/// <summary>
/// Project issue 5: 10,000 prompts all due in the same minute, delivered through FakeDiscord enforcing
/// Discord's 50 requests/s global limit. The real pieces (LiteDB file, ReminderStore, ReminderService,
/// CheckInStore, DmSender, DmChannelStore, PromptDispatcher, DiscordRestClient) come from the same DI
/// registrations the host uses; the domain clock is fixed at the due minute. DM channel ids are cached
/// beforehand ("a prompt costs one request"), unless <c>open</c> is given, when each prompt also opens its DM.
/// Goal: within 5 % of the time the limit allows (N / 50 s), every DM channel exactly one message, no 429
/// beyond the first. Usage: <c>prompts-deliver [people=10000] [cached|open] [chunk] [parallel]</c>.
/// </summary>
internal static class PromptDeliveryLoadRun
{
    private const int Limit = 50;
    private static readonly string[] Zones = ["Europe/London", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "America/Los_Angeles"];

    public static async Task<int> RunAsync(string[] args)
    {
        var people = IntArg(args, 0, 10_000);
        var openDms = args.Length > 1 && args[1] == "open";
        var settingsIn = new Dictionary<string, string?>(StringComparer.Ordinal) { ["Reminders:BatchSize"] = people.ToString(CultureInfo.InvariantCulture) };
        if (args.Length > 2)
            settingsIn["Reminders:SendChunkSize"] = args[2];
        if (args.Length > 3)
            settingsIn["Reminders:MaxParallelSends"] = args[3];
        var config = new ConfigurationBuilder().AddInMemoryCollection(settingsIn).Build();

        var folder = Path.Combine(Path.GetTempPath(), $"painpal-deliver-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            await using var discord = await FakeDiscord.FakeDiscord.StartAsync(new FakeDiscord.FakeDiscordOptions { GlobalRateLimit = Limit });
            var now = new DateTimeOffset(2026, 11, 25, 18, 0, 30, TimeSpan.Zero);
            var dueMinute = new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero);

            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton<TimeProvider>(new FixedTime(now));
            services.AddSingleton<ILiteDatabase>(_ => new LiteDatabase($"Filename={Path.Combine(folder, "deliver.db")};Connection=direct"));
            services.AddCheckIns(config);
            services.AddReminders(config);
            services.AddDmSender();
            services.AddDiscordRest(o =>
            {
                o.Token = discord.Token;
                o.ApiBaseUrl = discord.ApiBaseUrl;
                o.ApplicationId = discord.ApplicationId;
                o.GlobalRequestsPerSecond = Limit;
            });
            await using var provider = services.BuildServiceProvider();
            var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReminderOptions>>().Value;
            var store = provider.GetRequiredService<ReminderStore>();
            var channels = provider.GetRequiredService<DmChannelStore>();
            var db = provider.GetRequiredService<ILiteDatabase>();

            var users = Enumerable.Range(1, people).Select(i => 1_000_000_000_000_000UL + (ulong)i).ToArray();
            var seedStarted = Stopwatch.GetTimestamp();
            store.SaveMany(users.Select(u => Person(u, dueMinute, options)));
            if (!openDms)
            {
                db.BeginTrans();
                foreach (var user in users)
                    channels.Save(new DmChannel(user, discord.DmChannelIdFor(user), now));
                db.Commit();
            }
            var due = store.DuePrompts(now, people + 1).Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"prompts-deliver: {people:N0} people, {due:N0} due at {dueMinute:HH:mm} UTC (zones {string.Join(", ", Zones)}), DM channels {(openDms ? "opened by each send (2 requests a prompt)" : "cached (1 request a prompt)")}; seeded in {Stopwatch.GetElapsedTime(seedStarted).TotalSeconds:0.0} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  Reminders: SendChunkSize {options.SendChunkSize}, MaxParallelSends {options.MaxParallelSends}, BatchSize {options.BatchSize}; REST GlobalRequestsPerSecond {Limit}; FakeDiscord GlobalRateLimit {Limit}/s"));
            if (due != people)
            {
                Console.WriteLine("  FAIL: not everyone is due");
                return 1;
            }

            discord.ClearRequests();
            var dispatcher = provider.GetRequiredService<PromptDispatcher>();
            using var sampler = new MemorySampler();
            var gcBefore = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
            var started = Stopwatch.GetTimestamp();
            var sent = 0;
            var runs = 0;
            var progress = new CancellationTokenSource();
            var reporter = ReportProgressAsync(discord, started, progress.Token);
            PromptRunReport? last = null;
            while (sent < people && runs < 10)
            {
                var report = await dispatcher.RunAsync();
                runs++;
                sent += report.Sent + report.Resent;
                last = report;
                if (report.Sent + report.Resent == 0 && !report.Interrupted)
                    break;
            }
            var elapsed = Stopwatch.GetElapsedTime(started);
            await progress.CancelAsync();
            await reporter;
            progress.Dispose();
            sampler.Stop();

            var requests = discord.Requests;
            var requestCount = requests.Count;
            var ideal = (double)requestCount / Limit;
            var messagesPerChannel = users.Select(u => discord.Messages(discord.DmChannelIdFor(u)).Count).ToArray();
            var duplicates = messagesPerChannel.Count(c => c > 1);
            var missing = messagesPerChannel.Count(c => c == 0);
            var tooMany = discord.TooManyRequestsCount;
            var gcInfo = GC.GetGCMemoryInfo(GCKind.Any);
            var overIdeal = (elapsed.TotalSeconds / ideal - 1) * 100;
            var slowest = LongestGaps(requests.Select(r => r.Timestamp).ToList());

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  dispatcher runs           {runs}; last report: {last}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  prompts sent              {sent:N0}/{people:N0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  requests to FakeDiscord   {requestCount:N0} ({requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal)):N0} messages, {requests.Count(r => r.Path.EndsWith("/users/@me/channels", StringComparison.Ordinal)):N0} DM opens)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  elapsed                   {elapsed.TotalSeconds:0.0} s vs ideal {ideal:0.0} s ({requestCount:N0} / {Limit} per s): {overIdeal:+0.0;-0.0} % (goal <= +5 %)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  requests/s achieved       {requestCount / elapsed.TotalSeconds:0.00} (limit {Limit})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  messages per DM channel   exactly 1: {messagesPerChannel.Count(c => c == 1):N0}, duplicates (>1): {duplicates}, none: {missing}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  429s received            {tooMany}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  longest gaps between requests arriving: {string.Join(", ", slowest.Select(g => g.ToString("0", CultureInfo.InvariantCulture) + " ms"))}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  peak working set          {process.PeakWorkingSet64 / 1048576.0:0.0} MiB (Process.PeakWorkingSet64; includes the in-process FakeDiscord and its request log)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  managed heap              max sampled {sampler.MaxHeapBytes / 1048576.0:0.0} MiB (GC.GetTotalMemory every 50 ms), GCMemoryInfo heap {gcInfo.HeapSizeBytes / 1048576.0:0.0} MiB, committed {gcInfo.TotalCommittedBytes / 1048576.0:0.0} MiB, {GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - gcBefore} GCs during the run"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  load average              {File.ReadAllText("/proc/loadavg").Trim()}"));
            var pass = sent == people && duplicates == 0 && missing == 0 && tooMany <= 1 && overIdeal <= 5;
            Console.WriteLine($"  result                    {(pass ? "PASS" : "FAIL")}");
            return pass ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Everyone's local prompt time falls on the same UTC minute, across zones with different offsets.
    private static ReminderSettings Person(ulong user, DateTimeOffset dueMinute, ReminderOptions options)
    {
        var zone = Zones[(int)(user % (ulong)Zones.Length)];
        var local = TimeZoneInfo.ConvertTime(dueMinute, TimeZoneInfo.FindSystemTimeZoneById(zone));
        var settings = new ReminderSettings(user, zone, local.Hour * 60 + local.Minute, ReminderDays.EveryDay,
            ReminderState.Active, null, null, null, null, false, null, null, null, dueMinute);
        return ReminderService.Schedule(settings, dueMinute, options);
    }

    private static async Task ReportProgressAsync(FakeDiscord.FakeDiscord discord, long started, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(20), ct);
                var count = discord.Requests.Count;
                var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    ... {seconds:0} s: {count:N0} requests ({count / seconds:0.00}/s), 429s {discord.TooManyRequestsCount}"));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static IEnumerable<double> LongestGaps(List<DateTimeOffset> arrivals)
    {
        arrivals.Sort();
        return arrivals.Zip(arrivals.Skip(1), (a, b) => (b - a).TotalMilliseconds).OrderDescending().Take(5);
    }

    private static int IntArg(string[] args, int index, int fallback) =>
        args.Length > index && int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Samples the managed heap size on a timer, keeping the largest seen.</summary>
    internal sealed class MemorySampler : IDisposable
    {
        private readonly Timer _timer;
        private long _max;

        public MemorySampler() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));

        public long MaxHeapBytes => Interlocked.Read(ref _max);

        public void Stop()
        {
            _timer.Change(Timeout.Infinite, Timeout.Infinite);
            Sample();
        }

        public void Dispose() => _timer.Dispose();

        private void Sample()
        {
            var now = GC.GetTotalMemory(forceFullCollection: false);
            long current;
            do
            {
                current = Interlocked.Read(ref _max);
                if (now <= current)
                    return;
            }
            while (Interlocked.CompareExchange(ref _max, now, current) != current);
        }
    }
}
