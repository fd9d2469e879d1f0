using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Modules.Messaging;

/// <summary>
/// Sends direct messages over <see cref="IDiscordRestClient"/>, caching each person's DM channel
/// in LiteDB. Closed DMs (50007) are an expected outcome and come back as a result; anything else
/// Discord refuses is thrown for the caller to retry.
/// </summary>
public sealed partial class DmSender(IDiscordRestClient rest, DmChannelStore channels, TimeProvider time, ILogger<DmSender> log)
{
    /// <summary>
    /// Sends <paramref name="request"/> to the person's DMs. When the request carries a nonce with
    /// <c>enforce_nonce</c>, a repeat of the same request makes no second message.
    /// </summary>
    public Task<DmSendResult> SendAsync(ulong userId, CreateMessageRequest request, CancellationToken ct = default) =>
        SendAsync(userId, request, null, ct);

    /// <summary>Sends <paramref name="request"/> with <paramref name="files"/> attached (e.g. a data export) to the person's DMs.</summary>
    public async Task<DmSendResult> SendAsync(ulong userId, CreateMessageRequest request, IReadOnlyList<FileAttachment>? files, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cached = channels.Find(userId);
        try
        {
            var channelId = cached?.ChannelId ?? await OpenChannelAsync(userId, ct);
            try
            {
                var message = await rest.CreateMessageAsync(channelId, request, files, ct);
                return new DmSendResult(DmSendStatus.Sent, message.Id);
            }
            catch (DiscordApiException e) when (cached is not null && e.Code == DiscordErrorCodes.UnknownChannel)
            {
                // A cached channel can vanish (rare); open a fresh one once.
                LogChannelGone(log, userId);
                channels.Delete(userId);
                channelId = await OpenChannelAsync(userId, ct);
                var message = await rest.CreateMessageAsync(channelId, request, files, ct);
                return new DmSendResult(DmSendStatus.Sent, message.Id);
            }
        }
        catch (DiscordApiException e) when (e.Code == DiscordErrorCodes.CannotSendMessagesToThisUser)
        {
            LogDmsClosed(log, userId);
            return new DmSendResult(DmSendStatus.CannotDm);
        }
    }

    private async Task<ulong> OpenChannelAsync(ulong userId, CancellationToken ct)
    {
        var channel = await rest.CreateDmAsync(userId, ct);
        channels.Save(new DmChannel(userId, channel.Id, time.GetUtcNow()));
        return channel.Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cached DM channel for {UserId} is gone; reopening")]
    private static partial void LogChannelGone(ILogger logger, ulong userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "DMs to {UserId} are closed (Discord 50007)")]
    private static partial void LogDmsClosed(ILogger logger, ulong userId);
}
