using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LiteDB;
using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.Reminders;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>
/// Community prompts: moderators schedule a recurring post ("How is everyone's pain today?") at a time and on
/// days in the server's time zone. Each occurrence is posted exactly once: claim (a unique ledger row saved with
/// the advanced schedule), post with an enforced nonce, mark. The local-time arithmetic is the reminders'
/// <see cref="PromptSchedule"/>, so DST neither loses nor doubles a post.
/// </summary>
public sealed partial class CommunityPromptService(
    CommunityPromptStore store,
    ServerSettingsService settings,
    IDiscordRestClient rest,
    TimeProvider time,
    ILogger<CommunityPromptService> log) : IDisposable
{
    /// <summary>The longest prompt text.</summary>
    public const int MaxTextLength = 500;

    /// <summary>How many prompts one server may schedule.</summary>
    public const int MaxPerGuild = 10;

    /// <summary>An occurrence missed by longer than this (the bot was down) is skipped rather than posted late.</summary>
    public static readonly TimeSpan CatchUpWindow = TimeSpan.FromHours(1);

    /// <summary>A claimed occurrence whose post failed is retried with the same nonce for this long.</summary>
    public static readonly TimeSpan ResendWindow = TimeSpan.FromMinutes(15);

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Schedules a prompt after checking the text, time and days; nothing is saved when any is wrong.</summary>
    public CommunityPromptChange Add(ulong guildId, ulong moderatorId, ulong channelId, string? text, string? localTime, string? days)
    {
        text = text?.Trim() ?? "";
        if (text.Length == 0)
            return new(false, "The prompt needs some text. Nothing was saved.", null);
        if (text.Length > MaxTextLength)
            return new(false, $"The prompt can be at most {MaxTextLength} characters. Nothing was saved.", null);
        if (!TryParseTime(localTime, out var minutes))
            return new(false, "The time must look like 09:00 or 18:30 (24-hour). Nothing was saved.", null);
        if (!ReminderDays.TryParse(days, out var chosen))
            return new(false, "I couldn't read those days; try \"every day\", \"weekdays\" or \"mon, wed, fri\". Nothing was saved.", null);
        if (store.ForGuild(guildId).Count >= MaxPerGuild)
            return new(false, $"This server already has {MaxPerGuild} community prompts, the most it can keep. Remove one first. Nothing was saved.", null);

        var zone = ZoneOf(guildId);
        var prompt = Schedule(new CommunityPrompt
        {
            GuildId = guildId,
            ChannelId = channelId,
            Text = text,
            LocalMinutes = minutes,
            Days = chosen,
            CreatedBy = moderatorId,
            CreatedAt = time.GetUtcNow(),
        }, zone, time.GetUtcNow());
        prompt = store.Add(prompt);
        LogAdded(guildId, moderatorId);
        var enabled = settings.Get(guildId).CommunityPromptsEnabled
            ? ""
            : " Community prompts are off for this server, so it won't post until a moderator runs `/config set community_prompts:true`.";
        return new(true, $"Scheduled: {Describe(prompt)}.{enabled}", prompt);
    }

    /// <summary>The server's prompts, oldest first.</summary>
    public IReadOnlyList<CommunityPrompt> List(ulong guildId) => store.ForGuild(guildId);

    /// <summary>Removes one of the server's prompts.</summary>
    public CommunityPromptChange Remove(ulong guildId, ulong moderatorId, string? id)
    {
        id = id?.Trim();
        if (id is not { Length: 24 } || !id.All(char.IsAsciiHexDigit))
            return new(false, "I couldn't find that community prompt in this server; `/config prompt list` shows them. Nothing was changed.", null);
        var objectId = new ObjectId(id);
        if (store.Find(guildId, objectId) is not { } prompt)
            return new(false, "I couldn't find that community prompt in this server; `/config prompt list` shows them. Nothing was changed.", null);
        store.Delete(guildId, objectId);
        LogRemoved(guildId, moderatorId);
        return new(true, $"Removed the prompt {Describe(prompt)}.", prompt);
    }

    /// <summary>"in #channel at 09:00 every day (Europe/London)", without the text.</summary>
    public static string Describe(CommunityPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var at = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(prompt.LocalMinutes)).ToString("HH:mm", CultureInfo.InvariantCulture);
        return $"in <#{prompt.ChannelId}> at {at} {ReminderDays.Describe(prompt.Days)} ({prompt.ZoneId})";
    }

    /// <summary>Posts every occurrence that is due now, each exactly once; returns how many were posted.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            var sent = 0;
            foreach (var unfinished in store.Unfinished())
            {
                if (now - unfinished.ClaimedAt > ResendWindow)
                {
                    store.Complete(unfinished.Key, DeliveryState.Abandoned, now);
                    LogAbandoned(unfinished.GuildId, unfinished.ChannelId);
                    continue;
                }
                if (await PostAsync(unfinished, now, ct))
                    sent++;
            }

            foreach (var prompt in store.All())
            {
                var guild = settings.Get(prompt.GuildId);
                var zone = TimeZoneCatalog.FindOrUtc(guild.TimeZone);
                if (prompt.ZoneId != zone.Id || prompt.NextDueUtc is null || prompt.NextLocalDate is null)
                {
                    // New zone (or none yet): the next post is worked out afresh from now.
                    store.Save(Schedule(prompt, zone, now));
                    continue;
                }
                if (prompt.NextDueUtc > now)
                    continue;
                var due = prompt.NextDueUtc.Value;
                var day = DateOnly.ParseExact(prompt.NextLocalDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (!guild.CommunityPromptsEnabled || guild.LeftAt is not null || now - due > CatchUpWindow)
                {
                    store.Save(Schedule(prompt, zone, now, afterLocalDate: day));
                    continue;
                }
                var run = new CommunityPromptRun
                {
                    Key = $"{prompt.Id}:{prompt.NextLocalDate}",
                    PromptId = prompt.Id,
                    GuildId = prompt.GuildId,
                    ChannelId = prompt.ChannelId,
                    Text = prompt.Text,
                    LocalDate = prompt.NextLocalDate,
                    Nonce = Nonce($"{prompt.Id}:{prompt.NextLocalDate}"),
                    State = DeliveryState.Claimed,
                    ClaimedAt = now,
                };
                if (!store.TryClaim(run, Schedule(prompt, zone, due, afterLocalDate: day)))
                    continue;
                if (await PostAsync(run, now, ct))
                    sent++;
            }
            store.PruneRuns(now.AddDays(-30));
            if (sent > 0)
                LogRun(sent);
            return sent;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> PostAsync(CommunityPromptRun run, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await rest.CreateMessageAsync(run.ChannelId, new CreateMessageRequest
            {
                Content = run.Text,
                Nonce = run.Nonce,
                EnforceNonce = true,
                AllowedMentions = AllowedMentions.None,
            }, null, ct);
            store.Complete(run.Key, DeliveryState.Sent, now);
            return true;
        }
        catch (DiscordApiException e) when ((int)e.Status is 403 or 404)
        {
            // The channel is gone or the bot may not post there: retrying cannot help.
            store.Complete(run.Key, DeliveryState.Abandoned, now);
            LogRefused(e, run.GuildId, run.ChannelId, e.Code);
            return false;
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // Left claimed: the next run re-sends with the same nonce while Discord still de-duplicates it.
            LogPostFailed(e, run.GuildId, run.ChannelId);
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private TimeZoneInfo ZoneOf(ulong guildId) => TimeZoneCatalog.FindOrUtc(settings.Get(guildId).TimeZone);

    private static CommunityPrompt Schedule(CommunityPrompt prompt, TimeZoneInfo zone, DateTimeOffset notBefore, DateOnly? afterLocalDate = null)
    {
        var next = PromptSchedule.Next(zone, prompt.LocalMinutes, prompt.Days, notBefore, afterLocalDate);
        return prompt with
        {
            ZoneId = zone.Id,
            NextLocalDate = next?.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            NextDueUtc = next?.DueUtc,
        };
    }

    private static bool TryParseTime(string? text, out int minutes)
    {
        minutes = 0;
        if (!TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            return false;
        minutes = at.Hour * 60 + at.Minute;
        return true;
    }

    private static string Nonce(string key) =>
        "cp" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..22];

    [LoggerMessage(Level = LogLevel.Information, Message = "Community prompt added in guild {GuildId} by {UserId}")]
    private partial void LogAdded(ulong guildId, ulong userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Community prompt removed in guild {GuildId} by {UserId}")]
    private partial void LogRemoved(ulong guildId, ulong userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Posted {PromptCount} community prompts")]
    private partial void LogRun(int promptCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Community prompt in guild {GuildId} channel {ChannelId} given up after failed retries")]
    private partial void LogAbandoned(ulong guildId, ulong channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Community prompt in guild {GuildId} channel {ChannelId} refused by Discord ({DiscordCode})")]
    private partial void LogRefused(Exception e, ulong guildId, ulong channelId, int? discordCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Community prompt in guild {GuildId} channel {ChannelId} failed; will retry")]
    private partial void LogPostFailed(Exception e, ulong guildId, ulong channelId);
}
