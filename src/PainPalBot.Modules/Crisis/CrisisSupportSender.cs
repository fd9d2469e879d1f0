using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.Messaging;

namespace PainPalBot.Modules.Crisis;

/// <summary>Sends a crisis alert's private support DM (a kind word and helplines) and says how it went, for the alert.</summary>
public sealed partial class CrisisSupportSender(DmSender dms, CrisisSignpost signpost, PersonCountryStore countries, ILogger<CrisisSupportSender> log)
{
    /// <summary>
    /// Sends the DM with the helplines for the person's own country, else <paramref name="serverCountry"/> (null: general
    /// directories), worded for what raised the alert.
    /// </summary>
    public async Task<CrisisAlertDm> SendAsync(ulong userId, string? serverCountry, CrisisAlertSource source = CrisisAlertSource.Watch, CancellationToken ct = default)
    {
        try
        {
            var sent = await dms.SendAsync(userId, CrisisSupportMessage.For(signpost, countries.Find(userId) ?? serverCountry, source), ct);
            return sent.Status == DmSendStatus.Sent ? CrisisAlertDm.Sent : CrisisAlertDm.Closed;
        }
        catch (DiscordApiException e)
        {
            LogDmFailed(e.Code);
            return CrisisAlertDm.Failed;
        }
    }

    // No user id: a log line must never tie a person to a crisis alert.
    [LoggerMessage(Level = LogLevel.Warning, Message = "A crisis support DM failed ({DiscordCode})")]
    private partial void LogDmFailed(int? discordCode);
}
