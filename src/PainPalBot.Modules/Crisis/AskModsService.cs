using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// "Ask mods to check in": the human path next to crisis watch. Anyone may ask the moderators to look at a message;
/// they get crisis watch's alert (who, where, a jump link, never the text, "I'm on it", "Send support DM"), marked
/// as a member's request. It needs no detector and no privileged intent, so it works where crisis watch is off.
/// The cool-down is crisis watch's, so one person never gets two alerts or two DMs in a short while; a later request
/// is added to the alert already there. Who asked is never told to the person asked about.
/// </summary>
public sealed partial class AskModsService(
    ServerSettingsService settings,
    CrisisAlertStore alerts,
    CrisisSupportSender support,
    CrisisSignpost signpost,
    PersonCountryStore countries,
    IDiscordRestClient rest,
    TimeProvider time,
    IOptions<CrisisWatchOptions> options,
    ILogger<AskModsService> log)
{
    /// <summary>Passes the request on when it can, and says exactly what happened, so nothing is lost on the way.</summary>
    public async Task<AskModsResult> AskAsync(AskModsRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = request.Message;
        var server = request.GuildId is { } id ? settings.Get(id) : null;
        var helplines = signpost.ForCountry(countries.Find(request.ReporterId) ?? server?.Country);
        if (request.GuildId is not { } guildId || server is null)
            return new AskModsResult(AskModsOutcome.NotInServer, helplines);
        // A webhook's author is not a person who could be reached either.
        if (message.Author.Bot == true || message.WebhookId is not null)
            return new AskModsResult(AskModsOutcome.BotMessage, helplines);
        var self = message.Author.Id == request.ReporterId;
        if (server.ModeratorChannelId is not { } modChannel)
        {
            LogNoModeratorChannel(guildId);
            return new AskModsResult(AskModsOutcome.NoModeratorChannel, helplines, self);
        }

        var authorId = message.Author.Id;
        var now = time.GetUtcNow();
        var cooldown = options.Value.Cooldown;
        var shown = !self && server.AskModsShowsReporter && !await MayReadModeratorChannelAsync(guildId, authorId, ct);
        var asking = new CrisisAlertRequest { ReporterId = request.ReporterId, At = now, Shown = shown };
        var started = alerts.TryStartCooldown(guildId, authorId, now, cooldown);
        if (!started && alerts.LatestAbout(guildId, authorId, now - cooldown) is { } existing)
        {
            var added = await AddToAlertAsync(existing, asking, helplines, self, shown, ct);
            if (added is not null)
                return added;
        }

        var alert = alerts.Add(new CrisisAlert
        {
            GuildId = guildId,
            ChannelId = message.ChannelId != 0 ? message.ChannelId : request.ChannelId ?? 0,
            MessageId = message.Id,
            UserId = authorId,
            CreatedAt = now,
            AlertChannelId = modChannel,
            Source = self ? CrisisAlertSource.SelfRequest : CrisisAlertSource.MemberRequest,
            Requests = [asking],
            // Someone asking for themselves has their helplines in the answer already; a DM would say it twice.
            Dm = self ? CrisisAlertDm.ShownInReply : server.CrisisDmMode == CrisisDmMode.Immediate ? CrisisAlertDm.Sending : CrisisAlertDm.Waiting,
        });

        // The alert goes first: if the moderator channel refuses it, nobody was told anything, the reporter hears so,
        // and the cool-down is lifted so a later request can try again.
        int postedRequests;
        try
        {
            var posted = await rest.CreateMessageAsync(modChannel, AlertMessage(alert), null, ct);
            postedRequests = alert.Requests.Length;
            alert = alerts.MarkPosted(alert.Id, posted.Id);
        }
        catch (DiscordApiException e)
        {
            alerts.Delete(alert.Id);
            if (started)
                alerts.ReleaseCooldown(guildId, authorId);
            LogAlertRefused(guildId, e.Code);
            return new AskModsResult(AskModsOutcome.ModeratorsUnreachable, helplines, self);
        }

        if (alert.Dm == CrisisAlertDm.Sending)
        {
            var dm = await support.SendAsync(authorId, server.Country, alert.Source, ct);
            alert = alerts.SetDm(alert.Id, dm, null) ?? alert with { Dm = dm };
            await TryEditAsync(alert, ct);
        }
        else if (alert.Requests.Length > postedRequests)
        {
            // Another member asked while this alert was being posted: show them on it too.
            await TryEditAsync(alert, ct);
        }
        LogAlerted(guildId);
        return new AskModsResult(AskModsOutcome.Alerted, helplines, self, shown, alert.Dm);
    }

    // The moderators were alerted about this person a short while ago: add this request to that alert rather than
    // raise a second one. Null when the alert's message is gone from Discord, so a new alert carries the request.
    private async Task<AskModsResult?> AddToAlertAsync(CrisisAlert existing, CrisisAlertRequest asking, CrisisSignpostResult helplines, bool self, bool shown, CancellationToken ct)
    {
        var (alert, added) = alerts.AddRequest(existing.Id, asking);
        if (!added)
        {
            LogAlreadyAsked(alert.GuildId);
            var earlier = alert.Requests.First(r => r.ReporterId == asking.ReporterId);
            return new AskModsResult(AskModsOutcome.AlreadyAsked, helplines, self, earlier.Shown, Taken: alert.TakenBy is not null);
        }
        if (alert.AlertMessageId is null)
        {
            // Still being posted by another member's request this very moment; that request shows this one once posted.
            LogAddedToAlert(alert.GuildId, alert.Requests.Length);
            return new AskModsResult(AskModsOutcome.AddedToAlert, helplines, self, shown);
        }
        try
        {
            await rest.EditMessageAsync(alert.AlertChannelId!.Value, alert.AlertMessageId!.Value, EditMessage(alert), null, ct);
        }
        catch (DiscordApiException e) when (e.Code is 10003 or 10008)
        {
            // Unknown channel or message: the moderators deleted the alert, so it can no longer carry this request.
            alerts.DetachRequest(alert.Id, asking.ReporterId);
            return null;
        }
        catch (DiscordApiException e)
        {
            // The moderators have the alert; only its count of who asked is behind until its next update.
            LogEditFailed(alert.GuildId, e.Code);
        }
        LogAddedToAlert(alert.GuildId, alert.Requests.Length);
        return new AskModsResult(AskModsOutcome.AddedToAlert, helplines, self, shown, Taken: alert.TakenBy is not null);
    }

    private async Task TryEditAsync(CrisisAlert alert, CancellationToken ct)
    {
        try
        {
            await rest.EditMessageAsync(alert.AlertChannelId!.Value, alert.AlertMessageId!.Value, EditMessage(alert), null, ct);
        }
        catch (DiscordApiException e)
        {
            LogEditFailed(alert.GuildId, e.Code);
        }
    }

    // Whoever may read the moderator channel must not see who asked about them. Manage Server, Administrator, the
    // moderator role or owning the server count; when Discord cannot say, the reporter stays unnamed.
    private async Task<bool> MayReadModeratorChannelAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        try
        {
            if (await rest.GetGuildMemberAsync(guildId, userId, ct) is not { } member)
                return false;
            if (await rest.GetGuildAsync(guildId, ct) is not { } guild)
                return true;
            if (guild.OwnerId == userId)
                return true;
            var permissions = (guild.Roles ?? [])
                .Where(r => r.Id == guildId || member.Roles.Contains(r.Id))
                .Aggregate(0UL, (held, role) => held | role.Permissions);
            return settings.IsModerator(guildId, permissions, member.Roles);
        }
        catch (DiscordApiException e)
        {
            LogModeratorCheckFailed(guildId, e.Code);
            return true;
        }
    }

    private static CreateMessageRequest AlertMessage(CrisisAlert alert) => new()
    {
        Content = CrisisAlertMessage.Content(alert),
        Components = [.. CrisisAlertMessage.Components(alert).Components],
        AllowedMentions = AllowedMentions.None,
    };

    private static EditMessageRequest EditMessage(CrisisAlert alert) => new()
    {
        Content = CrisisAlertMessage.Content(alert),
        Components = [.. CrisisAlertMessage.Components(alert).Components],
        AllowedMentions = AllowedMentions.None,
    };

    // Server ids and counts only: no log line may tie a person (asked about or asking) to crisis language.
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Ask mods: alert posted in guild {GuildId}")]
    private partial void LogAlerted(ulong guildId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Ask mods: request added to a recent alert in guild {GuildId} ({RequestCount} requests)")]
    private partial void LogAddedToAlert(ulong guildId, int requestCount);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Ask mods: a repeated request in guild {GuildId}; nothing new sent")]
    private partial void LogAlreadyAsked(ulong guildId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Ask mods: guild {GuildId} has no moderator channel; nothing sent")]
    private partial void LogNoModeratorChannel(ulong guildId);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Error, Message = "Ask mods: the moderator channel of guild {GuildId} refused the alert ({DiscordCode}); nothing sent")]
    private partial void LogAlertRefused(ulong guildId, int? discordCode);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "Ask mods: updating an alert in guild {GuildId} failed ({DiscordCode})")]
    private partial void LogEditFailed(ulong guildId, int? discordCode);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning, Message = "Ask mods: could not check who reads the moderator channel in guild {GuildId} ({DiscordCode}); who asked stays private")]
    private partial void LogModeratorCheckFailed(ulong guildId, int? discordCode);
}
