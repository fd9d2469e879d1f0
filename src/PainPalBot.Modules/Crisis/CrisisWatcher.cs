using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// Opt-in crisis watch. In servers that turned it on (and in the channels they chose), a message with crisis
/// language gets its author a private DM with helplines (at once, or after a moderator looks) and the moderators
/// an alert with a jump link; a per-person cool-down keeps it from repeating. A DM to the bot in crisis language
/// is answered with helplines at once. Nothing the person wrote is logged, stored or repeated anywhere.
/// </summary>
public sealed partial class CrisisWatcher(
    CrisisDetector detector,
    CrisisSignpost signpost,
    ServerSettingsService settings,
    CrisisAlertStore alerts,
    CrisisSupportSender support,
    PersonCountryStore countries,
    IDiscordRestClient rest,
    TimeProvider time,
    IOptions<CrisisWatchOptions> options,
    ILogger<CrisisWatcher> log) : IMessageCreatedHandler
{
    /// <inheritdoc />
    public async Task HandleMessageAsync(Message message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Author.Bot == true || string.IsNullOrWhiteSpace(message.Content))
            return;
        if (message.GuildId is not { } guildId)
        {
            await AnswerDmAsync(message, ct);
            return;
        }

        var guild = settings.Get(guildId);
        if (!guild.CrisisWatchEnabled || guild.LeftAt is not null || guild.ModeratorChannelId is not { } modChannel)
            return;
        if (guild.CrisisWatchChannelIds.Length > 0 && !guild.CrisisWatchChannelIds.Contains(message.ChannelId))
            return;
        if (!detector.Assess(message.Content).IsCrisis)
            return;

        var now = time.GetUtcNow();
        if (!alerts.TryStartCooldown(guildId, message.Author.Id, now, options.Value.Cooldown))
        {
            LogCoolingDown(guildId);
            return;
        }

        var alert = new CrisisAlert
        {
            GuildId = guildId,
            ChannelId = message.ChannelId,
            MessageId = message.Id,
            UserId = message.Author.Id,
            CreatedAt = now,
            AlertChannelId = modChannel,
            Dm = CrisisAlertDm.Waiting,
        };
        if (guild.CrisisDmMode == CrisisDmMode.Immediate)
            alert = alert with { Dm = await support.SendAsync(message.Author.Id, guild.Country, CrisisAlertSource.Watch, ct) };
        alert = alerts.Add(alert);

        CrisisAlert current;
        try
        {
            var posted = await rest.CreateMessageAsync(modChannel, new CreateMessageRequest
            {
                Content = CrisisAlertMessage.Content(alert),
                Components = [.. CrisisAlertMessage.Components(alert).Components],
                AllowedMentions = AllowedMentions.None,
            }, null, ct);
            current = alerts.MarkPosted(alert.Id, posted.Id);
            LogAlerted(guildId, message.ChannelId, message.Id, alert.Dm);
        }
        catch (DiscordApiException e)
        {
            alerts.MarkUnposted(alert.Id);
            LogAlertFailed(guildId, modChannel, e.Code);
            return;
        }

        // A member may have used "Ask mods to check in" on this person while the alert was being posted.
        if (current.Requests.Length == 0)
            return;
        try
        {
            await rest.EditMessageAsync(modChannel, current.AlertMessageId!.Value, new EditMessageRequest
            {
                Content = CrisisAlertMessage.Content(current),
                Components = [.. CrisisAlertMessage.Components(current).Components],
                AllowedMentions = AllowedMentions.None,
            }, null, ct);
        }
        catch (DiscordApiException e)
        {
            LogAlertEditFailed(guildId, e.Code);
        }
    }

    private async Task AnswerDmAsync(Message message, CancellationToken ct)
    {
        if (!detector.Assess(message.Content).IsCrisis)
            return;
        try
        {
            // The DM channel is where the person wrote: answer right there, no lookup first.
            await rest.CreateMessageAsync(message.ChannelId, CrisisSupportMessage.For(signpost, countries.Find(message.Author.Id)), null, ct);
            LogDmAnswered();
        }
        catch (DiscordApiException e)
        {
            LogDmFailed(e.Code);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis watch alert in guild {GuildId} for message {MessageId} in channel {ChannelId}; support DM {SupportDm}")]
    private partial void LogAlerted(ulong guildId, ulong channelId, ulong messageId, CrisisAlertDm supportDm);

    // Guild ids and counts only: no log line may tie a person to crisis language.
    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis watch cooling down in guild {GuildId}")]
    private partial void LogCoolingDown(ulong guildId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Crisis watch could not post the alert in guild {GuildId} channel {ChannelId} ({DiscordCode})")]
    private partial void LogAlertFailed(ulong guildId, ulong channelId, int? discordCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crisis watch could not update its alert in guild {GuildId} ({DiscordCode})")]
    private partial void LogAlertEditFailed(ulong guildId, int? discordCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering a DM with helplines failed ({DiscordCode})")]
    private partial void LogDmFailed(int? discordCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered a DM with helplines")]
    private partial void LogDmAnswered();
}
