using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.Messaging;

namespace PainPalBot.Modules.Crisis;

/// <summary>Sends crisis watch's private support DM (a kind word and helplines) and says how it went, for the alert.</summary>
public sealed partial class CrisisSupportSender(DmSender dms, CrisisSignpost signpost, PersonCountryStore countries, ILogger<CrisisSupportSender> log)
{
    /// <summary>Sends the DM with the helplines for the person's own country, else <paramref name="serverCountry"/> (null: general directories).</summary>
    public async Task<CrisisAlertDm> SendAsync(ulong userId, string? serverCountry, CancellationToken ct = default)
    {
        try
        {
            var sent = await dms.SendAsync(userId, CrisisSupportMessage.For(signpost, countries.Find(userId) ?? serverCountry), ct);
            return sent.Status == DmSendStatus.Sent ? CrisisAlertDm.Sent : CrisisAlertDm.Closed;
        }
        catch (DiscordApiException e)
        {
            LogDmFailed(userId, e.Code);
            return CrisisAlertDm.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crisis support DM to {UserId} failed ({DiscordCode})")]
    private partial void LogDmFailed(ulong userId, int? discordCode);
}
