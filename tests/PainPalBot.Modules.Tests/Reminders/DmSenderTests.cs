using System.Net;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.Tests.Support;

namespace PainPalBot.Modules.Tests.Reminders;

public sealed class DmSenderTests : IDisposable
{
    private const ulong Alice = 111_111_111_111_111_111;
    private readonly TempLiteDb _db = new();
    private readonly IDiscordRestClient _rest = Harness.SubstituteRest();

    [Fact]
    public async Task A_vanished_cached_channel_is_reopened_once()
    {
        var channels = new DmChannelStore(_db.Db);
        channels.Save(new DmChannel(Alice, 5, DateTimeOffset.UnixEpoch));
        _rest.CreateMessageAsync(5, Arg.Any<CreateMessageRequest>(), Arg.Any<IReadOnlyList<FileAttachment>?>(), Arg.Any<CancellationToken>())
            .Throws(new DiscordApiException(HttpStatusCode.NotFound, DiscordErrorCodes.UnknownChannel, "Unknown Channel", null, "POST", "/channels/{channel_id}/messages"));
        var sender = new DmSender(_rest, channels, new FakeTimeProvider(), new CapturingLogger<DmSender>(new LogSink()));

        var result = await sender.SendAsync(Alice, new CreateMessageRequest { Content = "hi" });

        Assert.Equal(DmSendStatus.Sent, result.Status);
        Assert.Equal(Alice + 1, channels.Find(Alice)!.ChannelId);
        await _rest.Received(1).CreateDmAsync(Alice, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Closed_dms_are_a_result_and_other_failures_are_thrown()
    {
        var sender = new DmSender(_rest, new DmChannelStore(_db.Db), new FakeTimeProvider(), new CapturingLogger<DmSender>(new LogSink()));
        _rest.CreateMessageAsync(Alice + 1, Arg.Any<CreateMessageRequest>(), Arg.Any<IReadOnlyList<FileAttachment>?>(), Arg.Any<CancellationToken>())
            .Returns(
                _ => Task.FromException<Message>(new DiscordApiException(HttpStatusCode.Forbidden, DiscordErrorCodes.CannotSendMessagesToThisUser, "Cannot send messages to this user", null, "POST", "/channels/{channel_id}/messages")),
                _ => Task.FromException<Message>(new DiscordApiException(HttpStatusCode.InternalServerError, null, null, null, "POST", "/channels/{channel_id}/messages")));

        Assert.Equal(DmSendStatus.CannotDm, (await sender.SendAsync(Alice, new CreateMessageRequest())).Status);
        await Assert.ThrowsAsync<DiscordApiException>(() => sender.SendAsync(Alice, new CreateMessageRequest()));
    }

    public void Dispose() => _db.Dispose();
}
