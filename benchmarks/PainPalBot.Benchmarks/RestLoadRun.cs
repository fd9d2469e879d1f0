using System.Globalization;
using PainPalBot.Discord;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.FakeDiscord;

namespace PainPalBot.Benchmarks;

/// <summary>
/// Sends many CreateMessage calls through the REST client at once against a FakeDiscord that enforces
/// the global limit (and per-channel route buckets, spread wide enough not to be the bottleneck), and
/// reports how close the client runs to the limit and how many 429s it drew.
/// Usage: <c>rest [count=2000] [channels=20] [limit=50]</c>.
/// </summary>
internal static class RestLoadRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = IntArg(args, 0, 2000);
        var channels = IntArg(args, 1, 20);
        var limit = IntArg(args, 2, 50);
        var time = TimeProvider.System;

        await using var discord = await FakeDiscord.FakeDiscord.StartAsync(new FakeDiscordOptions
        {
            GlobalRateLimit = limit,
            RouteRateLimit = 5,
            RouteRateLimitWindow = TimeSpan.FromSeconds(1),
        });
        using var client = new DiscordRestClient(Microsoft.Extensions.Options.Options.Create(new DiscordOptions
        {
            Token = discord.Token,
            ApiBaseUrl = discord.ApiBaseUrl,
            GlobalRequestsPerSecond = limit,
        }), time);

        Console.WriteLine($"REST load: {count} CreateMessage calls over {channels} channels; FakeDiscord enforces {limit} requests/s global and 5 per 1 s per channel");
        var started = time.GetTimestamp();
        var sends = new Task<Message>[count];
        for (var i = 0; i < count; i++)
        {
            var channelId = 1_000UL + (ulong)(i % channels);
            sends[i] = client.CreateMessageAsync(channelId, new CreateMessageRequest
            {
                Content = "load " + i.ToString(CultureInfo.InvariantCulture),
                AllowedMentions = AllowedMentions.None,
            });
        }

        var failures = 0;
        foreach (var send in sends)
        {
            try
            {
                await send;
            }
            catch (DiscordApiException)
            {
                failures++;
            }
        }

        var elapsed = time.GetElapsedTime(started);
        var accepted = discord.Requests.Where(r => r.StatusCode == 200).Select(r => r.Timestamp).Order().ToList();
        var rate = count / elapsed.TotalSeconds;
        // The first window's N may all go at once; beyond them, the pace is the sliding window's alone.
        var beyondFirst = accepted.Count > limit ? (accepted.Count - limit) / (accepted[^1] - accepted[0]).TotalSeconds : rate;
        var share = rate / limit;
        var tooMany = discord.TooManyRequestsCount;
        var pass = share >= 0.95 && tooMany <= 1 && failures == 0;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  elapsed           {elapsed.TotalSeconds:0.00} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  achieved          {rate:0.00} requests/s = {share:P1} of the limit"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  beyond 1st burst  {beyondFirst:0.00} requests/s = {beyondFirst / limit:P1} of the limit (requests after the first {limit}, over the time since the first)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  429s received     {tooMany}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  failed calls      {failures}"));
        Console.WriteLine($"  result            {(pass ? "PASS" : "FAIL")} (goal: at least 95 % of the limit, at most one 429)");
        return pass ? 0 : 1;
    }

    private static int IntArg(string[] args, int index, int fallback) =>
        args.Length > index && int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
