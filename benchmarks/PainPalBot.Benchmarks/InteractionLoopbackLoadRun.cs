using System.Globalization;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Interactions;

namespace PainPalBot.Benchmarks;

/// <summary>
/// Project issue 4's latency yardstick: Discord.Net 3.16 answers a trivial command over loopback, from the gateway
/// event going out to the callback coming back, in p50 ≈ 4 ms / p99 ≈ 13 ms; ours should need at most half
/// (2 ms / 6.5 ms). FakeDiscord sends one INTERACTION_CREATE at a time over a real WebSocket to a real
/// <see cref="GatewayClient"/>, which hands it to the real <see cref="InteractionService"/> off the gateway loop (as
/// BotWorker does); a trivial /ping module answers through the real REST client over real HTTP. Each sample is
/// from just before FakeDiscord writes the event to the moment it has received the callback.
/// Usage: <c>interactions-loopback [count=10000]</c>.
/// </summary>
internal static class InteractionLoopbackLoadRun
{
    private const double YardstickP50Ms = 4;
    private const double YardstickP99Ms = 13;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 10_000;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"interactions-loopback: {count} x /ping one at a time, gateway event out -> callback back; load average {File.ReadAllText("/proc/loadavg").Trim()}"));

        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = await InProcessPingBot.StartAsync(discord);

        // Warm-up: JIT, the HTTP connection, the thread pool.
        for (var i = 0; i < 1000; i++)
            await OneAsync(discord, i);
        discord.ClearRequests();

        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            samples[i] = await OneAsync(discord, 1000 + i);
            if (i % 1000 == 999)
                discord.ClearRequests();
        }

        Array.Sort(samples);
        var p50 = Percentile(samples, 0.50);
        var p99 = Percentile(samples, 0.99);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  event out -> callback back   p50 {p50:0.000} ms   p90 {Percentile(samples, 0.90):0.000} ms   p99 {p99:0.000} ms   max {samples[^1]:0.000} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        var pass = p50 <= YardstickP50Ms / 2 && p99 <= YardstickP99Ms / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  result {(pass ? "PASS" : "FAIL")} (goals: p50 <= {YardstickP50Ms / 2:0.0} ms, p99 <= {YardstickP99Ms / 2:0.0} ms: half of Discord.Net's {YardstickP50Ms:0} / {YardstickP99Ms:0} ms)"));
        return pass ? 0 : 1;
    }

    /// <summary>One interaction: milliseconds from the dispatch starting to FakeDiscord recording the callback.</summary>
    private static async Task<double> OneAsync(FakeDiscord.FakeDiscord discord, int index)
    {
        var interaction = discord.BuildSlashInteraction("ping", discord.InteractionUser(6_000_000_000_000_000UL + (ulong)index));
        discord.TrackInteractionChannel(interaction.Token, interaction.ChannelId ?? FakeDiscord.FakeDiscord.DefaultChannelId);
        var callback = discord.WaitForInteractionCallbackAsync(interaction.Id, TimeSpan.FromSeconds(10));
        var sent = TimeProvider.System.GetUtcNow();
        await discord.DispatchAsync("INTERACTION_CREATE", interaction);
        var received = await callback;
        return (received.Request.Timestamp - sent).TotalMilliseconds;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
