using System.Collections.Concurrent;
using System.Net;
using NSubstitute;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Modules.Tests.Stories;

/// <summary>
/// An <see cref="IDiscordRestClient"/> stand-in that records what was posted, deleted and started, gives each person one
/// DM channel, and can refuse DMs (50007) or deletions (Discord down) on demand.
/// </summary>
public sealed class FakeRest
{
    private long _nextId = 600_000_000_000_000_000;
    private readonly ConcurrentDictionary<ulong, ulong> _dmChannels = new();

    public FakeRest()
    {
        Client = Substitute.For<IDiscordRestClient>();
        Client.CreateDmAsync(Arg.Any<ulong>(), Arg.Any<CancellationToken>())
            .Returns(ci => FailDms
                ? throw new DiscordApiException(HttpStatusCode.BadGateway, null, "Bad gateway", null, "POST", "/users/@me/channels")
                : Task.FromResult(new Channel { Id = DmChannelOf(ci.Arg<ulong>()), Type = 1 }));
        Client.CreateMessageAsync(Arg.Any<ulong>(), Arg.Any<CreateMessageRequest>(), Arg.Any<IReadOnlyList<FileAttachment>?>(), Arg.Any<CancellationToken>())
            .Returns(ci =>
            {
                var channel = ci.ArgAt<ulong>(0);
                if (_dmChannels.FirstOrDefault(p => p.Value == channel) is { Value: not 0 } dm && ClosedDms.Contains(dm.Key))
                    throw new DiscordApiException(HttpStatusCode.Forbidden, DiscordErrorCodes.CannotSendMessagesToThisUser, "Cannot send messages to this user", null, "POST", "/channels/{channel_id}/messages");
                var id = NextId();
                Sent.Add(new SentMessage(channel, id, ci.ArgAt<CreateMessageRequest>(1)));
                return Task.FromResult(new Message { Id = id, ChannelId = channel });
            });
        Client.DeleteMessageAsync(Arg.Any<ulong>(), Arg.Any<ulong>(), Arg.Any<CancellationToken>())
            .Returns(ci =>
            {
                if (FailDeletes)
                    throw new DiscordApiException(HttpStatusCode.InternalServerError, null, "Discord is having a moment", null, "DELETE", "/channels/{channel_id}/messages/{message_id}");
                Deleted.Add((ci.ArgAt<ulong>(0), ci.ArgAt<ulong>(1)));
                return Task.CompletedTask;
            });
        Client.StartThreadFromMessageAsync(Arg.Any<ulong>(), Arg.Any<ulong>(), Arg.Any<StartThreadRequest>(), Arg.Any<CancellationToken>())
            .Returns(ci =>
            {
                var thread = new Channel { Id = NextId(), Type = 11, ParentId = ci.ArgAt<ulong>(0), Name = ci.ArgAt<StartThreadRequest>(2).Name };
                Threads.Add(thread);
                return Task.FromResult(thread);
            });
    }

    public IDiscordRestClient Client { get; }

    public ConcurrentBag<SentMessage> Sent { get; } = [];

    public ConcurrentBag<(ulong ChannelId, ulong MessageId)> Deleted { get; } = [];

    public ConcurrentBag<Channel> Threads { get; } = [];

    /// <summary>People whose DMs are closed.</summary>
    public HashSet<ulong> ClosedDms { get; } = [];

    /// <summary>When true, opening any DM fails with a 502 (Discord unavailable).</summary>
    public bool FailDms { get; set; }

    /// <summary>When true, every message deletion fails with a 500.</summary>
    public bool FailDeletes { get; set; }

    /// <summary>The person's DM channel id (made up on first use).</summary>
    public ulong DmChannelOf(ulong userId) => _dmChannels.GetOrAdd(userId, _ => NextId());

    /// <summary>Messages sent to the person's DMs.</summary>
    public List<SentMessage> DmsTo(ulong userId) => [.. Sent.Where(m => m.ChannelId == DmChannelOf(userId)).OrderBy(m => m.MessageId)];

    /// <summary>Messages posted in a channel.</summary>
    public List<SentMessage> In(ulong channelId) => [.. Sent.Where(m => m.ChannelId == channelId).OrderBy(m => m.MessageId)];

    /// <summary>Every message except the ones sent to the person's DMs.</summary>
    public List<SentMessage> NotTo(ulong userId) => [.. Sent.Where(m => m.ChannelId != DmChannelOf(userId))];

    private ulong NextId() => (ulong)Interlocked.Increment(ref _nextId);
}
