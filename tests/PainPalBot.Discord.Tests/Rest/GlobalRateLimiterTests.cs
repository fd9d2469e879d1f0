using Microsoft.Extensions.Time.Testing;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Discord.Tests.Rest;

public sealed class GlobalRateLimiterTests
{
    [Fact]
    public async Task A_full_window_waits_for_its_oldest_request_to_age_out()
    {
        var time = new FakeTimeProvider();
        using var limiter = new GlobalRateLimiter(2, time);

        await limiter.AcquireAsync(default);
        time.Advance(TimeSpan.FromMilliseconds(400));
        await limiter.AcquireAsync(default);
        var third = limiter.AcquireAsync(default).AsTask();

        time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(15));
        await third.WaitAsync(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_slow_answer_keeps_its_place_in_the_window_until_it_arrives()
    {
        var time = new FakeTimeProvider();
        using var limiter = new GlobalRateLimiter(1, time);

        var slow = await limiter.AcquireAsync(default);
        time.Advance(TimeSpan.FromMilliseconds(300));
        limiter.Complete(slow);
        var next = limiter.AcquireAsync(default).AsTask();

        time.Advance(TimeSpan.FromMilliseconds(1000));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(15));
        await next.WaitAsync(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_global_pause_holds_everyone_until_it_ends()
    {
        var time = new FakeTimeProvider();
        using var limiter = new GlobalRateLimiter(50, time);

        limiter.PauseFor(TimeSpan.FromSeconds(2));
        var waiting = limiter.AcquireAsync(default).AsTask();

        time.Advance(TimeSpan.FromMilliseconds(1990));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(20));
        await waiting.WaitAsync(TimeSpan.FromSeconds(1));
    }
}
