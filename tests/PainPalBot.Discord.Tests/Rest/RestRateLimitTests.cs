using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.FakeDiscord;

namespace PainPalBot.Discord.Tests.Rest;

public sealed class RestRateLimitTests
{
    [Fact]
    public async Task Requests_wait_for_their_bucket_and_keep_their_order_without_a_single_429()
    {
        await using var rest = await RestHarness.StartAsync(new FakeDiscordOptions { RouteRateLimit = 3, RouteRateLimitWindow = TimeSpan.FromMilliseconds(150) });

        var sends = Enumerable.Range(0, 8)
            .Select(i => rest.Client.CreateMessageAsync(10, new CreateMessageRequest { Content = i.ToString(CultureInfo.InvariantCulture) }))
            .ToList();
        await Task.WhenAll(sends);

        Assert.Equal(0, rest.Discord.TooManyRequestsCount);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => i.ToString(CultureInfo.InvariantCulture)), rest.Discord.Messages(10).Select(m => m.Content));
        Assert.NotNull(rest.Discord.Requests[0].Route);
    }

    [Fact]
    public async Task Buckets_of_different_channels_do_not_wait_for_each_other()
    {
        await using var rest = await RestHarness.StartAsync(new FakeDiscordOptions { RouteRateLimit = 1, RouteRateLimitWindow = TimeSpan.FromSeconds(30) });

        await rest.Client.CreateMessageAsync(21, new CreateMessageRequest { Content = "a" });
        await rest.Client.CreateMessageAsync(22, new CreateMessageRequest { Content = "b" });
        var third = rest.Client.CreateMessageAsync(21, new CreateMessageRequest { Content = "c" });
        await rest.Client.CreateMessageAsync(23, new CreateMessageRequest { Content = "d" }).WaitAsync(TimeSpan.FromSeconds(2));

        Assert.False(third.IsCompleted);
        Assert.Equal(0, rest.Discord.TooManyRequestsCount);
    }

    [Fact]
    public async Task A_route_429_waits_retry_after_and_retries()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Discord.FailNext("POST", "/channels/30/messages", FakeFault.RateLimited(0.08));

        var message = await rest.Client.CreateMessageAsync(30, new CreateMessageRequest { Content = "hi" });

        Assert.Equal("hi", message.Content);
        var (first, second) = (rest.Discord.Requests[0], rest.Discord.Requests[1]);
        Assert.Equal((429, 200), (first.StatusCode, second.StatusCode));
        Assert.True(second.Timestamp - first.Timestamp >= TimeSpan.FromMilliseconds(75), $"retried after {(second.Timestamp - first.Timestamp).TotalMilliseconds} ms");
        Assert.Equal(2, rest.Discord.Requests.Count);
    }

    [Fact]
    public async Task A_global_429_holds_back_every_route()
    {
        var log = new ListLogger();
        await using var rest = await RestHarness.StartAsync(log: log);
        rest.Discord.FailNext("POST", "/channels/40/messages", FakeFault.RateLimited(0.15, FakeRateLimitScope.Global));

        var first = rest.Client.CreateMessageAsync(40, new CreateMessageRequest { Content = "a" });
        var limited = await rest.Discord.WaitForRequestAsync(r => r.StatusCode == 429);
        await log.WaitForLineAsync(l => l.Contains("scope global", StringComparison.Ordinal));
        await rest.Client.CreateMessageAsync(41, new CreateMessageRequest { Content = "b" });
        await first;

        var other = await rest.Discord.WaitForRequestAsync(r => r.Path == "/channels/41/messages");
        Assert.True(other.Timestamp - limited.Timestamp >= TimeSpan.FromMilliseconds(140), $"other route went after {(other.Timestamp - limited.Timestamp).TotalMilliseconds} ms");
        Assert.Equal(1, rest.Discord.TooManyRequestsCount);
    }

    [Fact]
    public async Task A_shared_429_is_waited_out_and_retried()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Discord.FailNext("PATCH", "/channels/50/messages/*", FakeFault.RateLimited(0.05, FakeRateLimitScope.Shared));
        var created = await rest.Client.CreateMessageAsync(50, new CreateMessageRequest { Content = "a" });

        var edited = await rest.Client.EditMessageAsync(50, created.Id, new EditMessageRequest { Content = "b" });

        Assert.Equal("b", edited.Content);
        Assert.Equal([200, 429, 200], rest.Discord.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task A_429_is_retried_only_a_bounded_number_of_times()
    {
        await using var rest = await RestHarness.StartAsync(configure: o => o.RestMaxRateLimitRetries = 2);
        rest.Discord.FailNext("GET", "/guilds/*/roles", FakeFault.RateLimited(0.01), times: 100);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.GetGuildRolesAsync(rest.Discord.Options.GuildId));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal(3, rest.Discord.Requests.Count);
    }

    [Fact]
    public async Task The_global_limit_is_kept_so_an_enforcing_server_never_answers_429()
    {
        await using var rest = await RestHarness.StartAsync(new FakeDiscordOptions { GlobalRateLimit = 4 }, o => o.GlobalRequestsPerSecond = 4);

        await Task.WhenAll(Enumerable.Range(0, 7).Select(i => rest.Client.CreateMessageAsync((ulong)(100 + i), new CreateMessageRequest { Content = "x" })));

        Assert.Equal(0, rest.Discord.TooManyRequestsCount);
        var times = rest.Discord.Requests.Select(r => r.Timestamp).Order().ToList();
        Assert.True(times[4] - times[0] >= TimeSpan.FromMilliseconds(1000), "the fifth request waited for the window");
    }

    [Fact]
    public async Task Interaction_callbacks_are_not_held_back_by_an_exhausted_global_limit()
    {
        // The clock stands still, so the global window never reopens: the third message waits for good,
        // however slow the machine, while callbacks and followups go straight through.
        var clock = new FakeTimeProvider();
        await using var rest = await RestHarness.StartAsync(configure: o => o.GlobalRequestsPerSecond = 2, time: clock);
        await rest.Client.CreateMessageAsync(60, new CreateMessageRequest { Content = "1" });
        await rest.Client.CreateMessageAsync(61, new CreateMessageRequest { Content = "2" });
        using var cancel = new CancellationTokenSource();
        var waiting = rest.Client.CreateMessageAsync(62, new CreateMessageRequest { Content = "3" }, ct: cancel.Token);

        await rest.Client.CreateInteractionResponseAsync(99, "tok", new InteractionResponse { Type = InteractionResponseType.DeferredChannelMessageWithSource })
            .WaitAsync(TimeSpan.FromSeconds(10));
        await rest.Client.CreateFollowupMessageAsync(rest.AppId, "tok", new WebhookMessageRequest { Content = "f" }).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(waiting.IsCompleted);
        Assert.DoesNotContain(rest.Discord.Requests, r => r.Path == "/channels/62/messages");
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task Interaction_callbacks_go_through_a_global_429_pause()
    {
        // A standing clock keeps the 5 s pause in force for as long as the test takes.
        await using var rest = await RestHarness.StartAsync(time: new FakeTimeProvider());
        rest.Discord.FailNext("POST", "/channels/70/messages", FakeFault.RateLimited(5, FakeRateLimitScope.Global));
        using var cancel = new CancellationTokenSource();
        var paused = rest.Client.CreateMessageAsync(70, new CreateMessageRequest { Content = "x" }, ct: cancel.Token);
        await rest.Discord.WaitForRequestAsync(r => r.StatusCode == 429);

        await rest.Client.CreateInteractionResponseAsync(98, "tok", new InteractionResponse { Type = InteractionResponseType.Pong })
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(paused.IsCompleted);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => paused);
    }
}
