using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Tests.Interactions;

public sealed class ObserverTests
{
    [Fact]
    public async Task An_observer_sees_every_handled_interaction_and_can_follow_up_privately()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        var seen = new NoticeObserver.Seen();
        await using var bot = InteractionTestBot.Start(discord, configure: s => s.AddSingleton(seen).AddInteractionObserver<NoticeObserver>());

        var ping = await discord.SlashAsync("ping", userId: 42);
        await ping.Delivery;
        var boom = await discord.SlashAsync("boom", 42, ("secret", "s"));
        await boom.Delivery;

        Assert.Equal("pong", ping.Content);
        var notice = Assert.Single(ping.Followups);
        Assert.Equal("A notice for you.", notice.Content);
        Assert.Equal((int)MessageFlags.Ephemeral, notice.Flags & (int)MessageFlags.Ephemeral);
        Assert.Equal([true, false], seen.Results.Select(r => r.IsSuccess));
        Assert.Equal(InteractionCommandError.Exception, seen.Results[1].Error);
    }

    [Fact]
    public async Task A_failing_observer_is_logged_and_changes_nothing_for_the_user()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord, configure: s => s.AddInteractionObserver<ThrowingObserver>());

        var reply = await discord.SlashAsync("ping", userId: 42);
        await reply.Delivery;

        Assert.Equal("pong", reply.Content);
        Assert.Empty(reply.Followups);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("observer ThrowingObserver failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Observers_do_not_follow_up_a_modal()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        var seen = new NoticeObserver.Seen();
        await using var bot = InteractionTestBot.Start(discord, configure: s => s.AddSingleton(seen).AddInteractionObserver<NoticeObserver>());

        var form = await discord.SlashAsync("form", userId: 42);
        await form.Delivery;

        Assert.NotNull(form.ModalCustomId);
        Assert.Empty(form.Followups);
    }

    /// <summary>Records each result and sends a private notice after it, as a feature's observer would.</summary>
    public sealed class NoticeObserver(NoticeObserver.Seen seen) : IInteractionObserver
    {
        /// <inheritdoc />
        public async Task OnExecutedAsync(IInteractionContext context, InteractionResult result, CancellationToken ct = default)
        {
            seen.Results.Add(result);
            if (result.IsSuccess && !context.Responder.ShowedModal)
                await context.Responder.FollowupAsync("A notice for you.", ephemeral: true, ct: ct);
        }

        /// <summary>The results observed.</summary>
        public sealed class Seen
        {
            /// <summary>In order.</summary>
            public List<InteractionResult> Results { get; } = [];
        }
    }

    /// <summary>Always throws.</summary>
    public sealed class ThrowingObserver : IInteractionObserver
    {
        /// <inheritdoc />
        public Task OnExecutedAsync(IInteractionContext context, InteractionResult result, CancellationToken ct = default) =>
            throw new InvalidOperationException("observer broke");
    }
}
