using System.Diagnostics;
using System.Globalization;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;

namespace PainPalBot.Benchmarks;

/// <summary>
/// Project issue 4's yardstick: Discord.Net 3.16 takes about 350 ms for a burst of 200 concurrent interactions over
/// loopback and sits at about 114 MiB resident; ours should need at most half of each (175 ms, 57 MiB).
/// Part 1, in process: FakeDiscord dispatches <c>burst</c> INTERACTION_CREATE events at once over the real gateway to a
/// real <see cref="GatewayClient"/>, which hands each to the real <see cref="InteractionService"/> off the gateway loop
/// (as BotWorker does) with a trivial /ping module and the real REST client; the time is from the first dispatch to
/// the last callback received by FakeDiscord, over <c>bursts</c> bursts (p50/max).
/// Part 2, the real bot: <c>dotnet PainPalBot.dll</c> (or a Native AOT <c>PainPalBot</c> executable) as a child
/// process against FakeDiscord; its resident memory (VmRSS, VmHWM from /proc) once commands are registered and idle,
/// then the same burst with the real /crisis command, its memory after that, and <see cref="RealBotFeatureCheck"/>.
/// Usage: <c>interactions-burst [burst=200] [bursts=20] [path to PainPalBot.dll or the native PainPalBot]</c>.
/// </summary>
internal static class InteractionBurstLoadRun
{
    private const double YardstickMs = 350;
    private const double YardstickMiB = 114;

    public static async Task<int> RunAsync(string[] args)
    {
        var burst = IntArg(args, 0, 200);
        var bursts = IntArg(args, 1, 20);
        var botDll = args.Length > 2 ? args[2] : FindBotDll();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"interactions-burst: {burst} concurrent interactions a burst, {bursts} bursts; load average {LoadAverage()}"));

        var inProcess = await InProcessBurstsAsync(burst, bursts);
        var p50 = Percentile(inProcess, 0.5);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  in-process GatewayClient + InteractionService, /ping: first dispatch -> last callback  p50 {p50:0.0} ms  max {inProcess[^1]:0.0} ms  min {inProcess[0]:0.0} ms (goal <= {YardstickMs / 2:0} ms)"));
        Console.WriteLine("    all bursts (ms, sorted): " + string.Join(" ", inProcess.Select(v => v.ToString("0", CultureInfo.InvariantCulture))));

        var pass = p50 <= YardstickMs / 2;
        if (botDll is null || !File.Exists(botDll))
        {
            Console.WriteLine($"  real bot process: PainPalBot.dll not found ({botDll ?? "no path"}); pass its path (or a native PainPalBot's) as the third argument");
            pass = false;
        }
        else
        {
            var (idleRssMiB, botP50, featuresWork) = await RealBotAsync(botDll, burst, bursts);
            pass &= idleRssMiB <= YardstickMiB / 2 && botP50 <= YardstickMs / 2 && featuresWork;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  load average {LoadAverage()}"));
        Console.WriteLine($"  result {(pass ? "PASS" : "FAIL")} (goals: burst p50 <= {YardstickMs / 2:0} ms, bot idle RSS <= {YardstickMiB / 2:0} MiB)");
        return pass ? 0 : 1;
    }

    private static async Task<double[]> InProcessBurstsAsync(int burst, int bursts)
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await InProcessPingBot.StartAsync(discord);

        // Warm-up: JIT, connection pool, thread pool.
        for (var i = 0; i < 3; i++)
            await BurstAsync(discord, "ping", burst);
        await bot.DrainAsync();

        var times = new double[bursts];
        for (var i = 0; i < bursts; i++)
        {
            times[i] = await BurstAsync(discord, "ping", burst);
            await bot.DrainAsync();
            discord.ClearRequests();
        }
        Array.Sort(times);
        return times;
    }

    /// <summary>Dispatches <paramref name="count"/> interactions at once; milliseconds from the first dispatch to the last callback FakeDiscord received.</summary>
    private static async Task<double> BurstAsync(FakeDiscord.FakeDiscord discord, string command, int count)
    {
        var users = Enumerable.Range(0, count).Select(i => discord.InteractionUser(5_000_000_000_000_000UL + (ulong)i)).ToArray();
        var batch = users.Select(u => discord.BuildSlashInteraction(command, u)).ToArray();
        foreach (var interaction in batch)
            discord.TrackInteractionChannel(interaction.Token, interaction.ChannelId ?? FakeDiscord.FakeDiscord.DefaultChannelId);
        var callbacks = batch.Select(i => discord.WaitForInteractionCallbackAsync(i.Id, TimeSpan.FromSeconds(30))).ToArray();
        var started = TimeProvider.System.GetUtcNow();
        await Task.WhenAll(batch.Select(i => discord.DispatchAsync("INTERACTION_CREATE", i)));
        var done = await Task.WhenAll(callbacks);
        return (done.Max(c => c.Request.Timestamp) - started).TotalMilliseconds;
    }

    private static async Task<(double IdleRssMiB, double BurstP50, bool FeaturesWork)> RealBotAsync(string botDll, int burst, int bursts)
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        discord.InteractionSink = null;
        var folder = Path.Combine(Path.GetTempPath(), $"painpal-burst-bot-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        // A .dll runs on the JIT through dotnet; anything else is a native (AOT) executable and runs as it is.
        var native = !botDll.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(native ? Path.GetFullPath(botDll) : "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!native)
            start.ArgumentList.Add(botDll);
        foreach (var arg in new[]
                 {
                     "--Discord:Token=" + discord.Token,
                     "--Discord:ApiBaseUrl=" + discord.ApiBaseUrl,
                     "--Storage:Path=" + Path.Combine(folder, "painpal.db"),
                 })
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using var bot = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        bot.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        bot.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        bot.BeginOutputReadLine();
        bot.BeginErrorReadLine();
        try
        {
            var started = Stopwatch.GetTimestamp();
            while (discord.GlobalCommands.Count == 0 && discord.GuildCommands(discord.Options.GuildId).Count == 0)
            {
                if (bot.HasExited || Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(60))
                {
                    Console.WriteLine($"  real bot process: no commands registered (exited: {bot.HasExited}); output:");
                    foreach (var line in output.TakeLast(30))
                        Console.WriteLine("    " + line);
                    return (double.MaxValue, double.MaxValue, false);
                }
                await Task.Delay(100);
            }
            var registeredAfter = Stopwatch.GetElapsedTime(started);
            await Task.Delay(TimeSpan.FromSeconds(5));
            var (rss, hwm) = Memory(bot.Id);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  real bot ({(native ? "native" : "dotnet")} {Path.GetFileName(botDll)}, pid {bot.Id}): {discord.GlobalCommands.Count} global commands registered after {registeredAfter.TotalSeconds:0.0} s; idle 5 s later VmRSS {rss:0.0} MiB, VmHWM {hwm:0.0} MiB (goal RSS <= {YardstickMiB / 2:0} MiB)"));

            // The hash of the registered command set: equal for two builds means their command trees (options, choices,
            // autocomplete, modals checked at start) came out the same, e.g. the JIT build and a Native AOT one.
            var registered = Path.Combine(folder, "registered-commands.txt");
            if (File.Exists(registered))
                Console.WriteLine("    registered command set: " + string.Join("; ", File.ReadAllLines(registered)));

            for (var i = 0; i < 3; i++)
                await BurstAsync(discord, "crisis", burst);
            var times = new double[bursts];
            for (var i = 0; i < bursts; i++)
            {
                times[i] = await BurstAsync(discord, "crisis", burst);
                discord.ClearRequests();
            }
            Array.Sort(times);
            var p50 = Percentile(times, 0.5);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  real bot, /crisis (real module, embed of helplines): first dispatch -> last callback  p50 {p50:0.0} ms  max {times[^1]:0.0} ms  min {times[0]:0.0} ms"));
            await Task.Delay(TimeSpan.FromSeconds(5));
            var (afterRss, afterHwm) = Memory(bot.Id);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  real bot after {bursts + 3} bursts, idle 5 s: VmRSS {afterRss:0.0} MiB, VmHWM (peak) {afterHwm:0.0} MiB"));

            Console.WriteLine("  real bot, one person's path through the features:");
            var featuresWork = await RealBotFeatureCheck.RunAsync(discord);
            var errors = output.Where(l => l.Contains("[ERR]", StringComparison.Ordinal) || l.Contains("[FTL]", StringComparison.Ordinal) || l.Contains(" ERR ", StringComparison.Ordinal)
                || l.Contains("[WRN]", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal)).Take(5).ToList();
            Console.WriteLine(errors.Count > 0 ? "  bot warnings/errors: " + string.Join(" | ", errors) : $"  bot output: {output.Count} lines, no warnings or errors");
            return (rss, p50, featuresWork && errors.Count == 0);
        }
        finally
        {
            if (!bot.HasExited)
            {
                bot.Kill(entireProcessTree: true);
                await bot.WaitForExitAsync();
            }
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (double RssMiB, double HwmMiB) Memory(int pid)
    {
        double Field(string[] lines, string name) =>
            lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal)) is { } line
                ? double.Parse(line[(name.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024
                : double.NaN;
        var status = File.ReadAllLines($"/proc/{pid}/status");
        var threads = status.FirstOrDefault(l => l.StartsWith("Threads:", StringComparison.Ordinal))?[8..].Trim();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    /proc/{pid}/status: RssAnon {Field(status, "RssAnon"):0.0} MiB (heap, stacks, JIT code), RssFile {Field(status, "RssFile"):0.0} MiB (mapped assemblies and native libraries), threads {threads}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    RssShmem {Field(status, "RssShmem"):0.0} MiB (W^X double-mapped JIT code); largest mappings by RSS: {LargestMappings(pid)}"));
        return (Field(status, "VmRSS"), Field(status, "VmHWM"));
    }

    /// <summary>The resident size of each mapped file (or anonymous region kind) from /proc/pid/smaps, largest first.</summary>
    private static string LargestMappings(int pid)
    {
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        string current = "";
        foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
        {
            if (line.Length > 0 && char.IsAsciiHexDigit(line[0]) && line.Contains('-', StringComparison.Ordinal) && !line.Contains(':', StringComparison.Ordinal) is var _ && line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 5 } parts && parts[0].Contains('-', StringComparison.Ordinal))
                current = parts.Length >= 6 ? Path.GetFileName(string.Join(' ', parts[5..])) : "[anon]";
            else if (line.StartsWith("Rss:", StringComparison.Ordinal))
                totals[current] = totals.GetValueOrDefault(current) + long.Parse(line[4..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        return string.Join(", ", totals.OrderByDescending(t => t.Value).Take(24).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value / 1024.0:0.0}")));
    }

    private static string? FindBotDll()
    {
        // The benchmarks reference the host project, so its build output sits next to ours under the artifacts folder.
        var here = AppContext.BaseDirectory;
        var sibling = Path.GetFullPath(Path.Combine(here, "..", "..", "PainPalBot", "release", "PainPalBot.dll"));
        if (File.Exists(sibling))
            return sibling;
        var local = Path.Combine(here, "PainPalBot.dll");
        return File.Exists(local) ? local : null;
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Trim();

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int IntArg(string[] args, int index, int fallback) =>
        args.Length > index && int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
