using Microsoft.Extensions.Options;
using NSubstitute;
using PainPalBot.Discord;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.FakeDiscord;
using PainPalBot.Modules.Reminders;
using PainPalBot.Modules.Tests.Support;

namespace PainPalBot.Modules.Tests.Reminders;

/// <summary>The prompt job end to end: a real LiteDB file, the real REST client, FakeDiscord on loopback.</summary>
public sealed class DailyPromptEndToEndTests : IAsyncLifetime, IDisposable
{
    private const ulong Alice = 111_111_111_111_111_111;
    private static readonly DateTimeOffset SevenPm = new(2026, 11, 25, 19, 0, 0, TimeSpan.Zero);

    private FakeDiscord.FakeDiscord _discord = null!;
    private DiscordRestClient _rest = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.FakeDiscord.StartAsync();
        _rest = new DiscordRestClient(Options.Create(new DiscordOptions
        {
            Token = _discord.Token,
            ApiBaseUrl = _discord.ApiBaseUrl,
            ApplicationId = _discord.ApplicationId,
            RestRetryDelay = TimeSpan.FromMilliseconds(10),
        }));
    }

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    public void Dispose() => _rest?.Dispose();

    [Fact]
    public async Task A_day_s_prompt_arrives_once_with_its_buttons_and_the_dm_channel_is_opened_once()
    {
        using var h = new Harness(SevenPm.AddHours(-1), _rest);
        h.Reminders.Set(Alice, "19:00", "Europe/London");

        h.Time.SetUtcNow(SevenPm);
        await h.RunPromptsAsync();
        h.Time.Advance(TimeSpan.FromSeconds(30));
        await h.RunPromptsAsync();
        h.Time.SetUtcNow(SevenPm.AddDays(1));
        await h.RunPromptsAsync();

        var messages = _discord.Messages(_discord.DmChannelIdFor(Alice));
        Assert.Equal(2, messages.Count);
        Assert.Equal(
            [PromptSchedule.Nonce(PromptKind.Daily, Alice, new DateOnly(2026, 11, 25)), PromptSchedule.Nonce(PromptKind.Daily, Alice, new DateOnly(2026, 11, 26))],
            messages.Select(m => m.Nonce));
        Assert.Equal("ci:pain:20261125:0", messages[0].Components[0].Components![0].CustomId);
        Assert.Single(_discord.Requests, r => r.Route == "POST /users/@me/channels");
    }

    [Fact]
    public async Task A_crash_between_send_and_mark_re_sends_the_same_nonce_and_discord_keeps_one_message()
    {
        // Forwards to the real client; the first message reaches Discord, then the process "dies" before it hears back.
        var crashing = Substitute.For<IDiscordRestClient>();
        crashing.CreateDmAsync(default, default).ReturnsForAnyArgs(c => _rest.CreateDmAsync(c.Arg<ulong>(), c.Arg<CancellationToken>()));
        var sends = 0;
        crashing.CreateMessageAsync(default, null!, null, default).ReturnsForAnyArgs(async c =>
        {
            var message = await _rest.CreateMessageAsync(c.ArgAt<ulong>(0), c.ArgAt<CreateMessageRequest>(1), null, c.ArgAt<CancellationToken>(3));
            return Interlocked.Increment(ref sends) == 1 ? throw new HttpRequestException("the process died here") : message;
        });
        using var h = new Harness(SevenPm.AddHours(-1), crashing);
        h.Reminders.Set(Alice, "19:00", "Europe/London");
        h.Time.SetUtcNow(SevenPm);
        Assert.True((await h.RunPromptsAsync()).Interrupted);

        h.Restart();
        h.Time.Advance(TimeSpan.FromSeconds(30));
        var afterRestart = await h.RunPromptsAsync();
        h.Time.Advance(TimeSpan.FromSeconds(30));
        await h.RunPromptsAsync();

        Assert.Equal(1, afterRestart.Resent);
        var posts = _discord.Requests.Where(r => r.Route == "POST /channels/{channel_id}/messages").ToList();
        Assert.Equal(2, posts.Count);
        Assert.Single(posts.Select(p => p.ReadJson(DiscordJsonContext.Default.CreateMessageRequest)!.Nonce).Distinct());
        Assert.Single(_discord.Messages(_discord.DmChannelIdFor(Alice)));
        Assert.Equal(DeliveryState.Sent, Assert.Single(h.ReminderStore.DeliveriesFor(Alice)).State);
    }

    [Fact]
    public async Task Discord_50007_pauses_the_person_and_leaves_a_notice()
    {
        using var h = new Harness(SevenPm.AddHours(-1), _rest);
        h.Reminders.Set(Alice, "19:00", "Europe/London");
        _discord.FailNext("POST", "/channels/*/messages", FakeFault.Error(403, DiscordErrorCodes.CannotSendMessagesToThisUser, "Cannot send messages to this user"));

        h.Time.SetUtcNow(SevenPm);
        var report = await h.RunPromptsAsync();

        Assert.Equal(1, report.DmsClosed);
        Assert.Empty(_discord.Messages(_discord.DmChannelIdFor(Alice)));
        Assert.Equal(ReminderState.Paused, h.ReminderStore.Find(Alice)!.State);
        Assert.Equal(ReminderService.DmsClosedNotice, h.Reminders.TakePendingNotice(Alice));
    }

    [Fact]
    public async Task A_discord_outage_is_retried_with_the_same_nonce_on_the_next_run()
    {
        using var h = new Harness(SevenPm.AddHours(-1), _rest);
        h.Reminders.Set(Alice, "19:00", "Europe/London");
        _discord.FailNext("POST", "/channels/*/messages", FakeFault.ServerError(503), times: 8);

        h.Time.SetUtcNow(SevenPm);
        var failed = await h.RunPromptsAsync();
        for (var run = 0; run < 5 && _discord.Messages(_discord.DmChannelIdFor(Alice)).Count == 0; run++)
        {
            h.Time.Advance(TimeSpan.FromSeconds(30));
            await h.RunPromptsAsync();
        }
        h.Time.Advance(TimeSpan.FromSeconds(30));
        await h.RunPromptsAsync();

        Assert.True(failed.Interrupted);
        Assert.Single(_discord.Messages(_discord.DmChannelIdFor(Alice)));
        Assert.Equal(DeliveryState.Sent, Assert.Single(h.ReminderStore.DeliveriesFor(Alice)).State);
    }
}
