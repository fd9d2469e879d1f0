using System.Globalization;
using Microsoft.Extensions.Logging;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>Reads and changes server settings, decides who counts as a moderator, and forgets servers 30 days after the bot leaves.</summary>
public sealed partial class ServerSettingsService(
    GuildSettingsStore store,
    IEnumerable<IGuildData> guildData,
    TimeProvider time,
    ILogger<ServerSettingsService> log)
{
    /// <summary>How long a server's settings are kept after the bot is removed.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    private const ulong Administrator = 1UL << 3;
    private const ulong ManageGuild = 1UL << 5;

    /// <summary>The server's settings, or the defaults when it has none yet.</summary>
    public GuildSettings Get(ulong guildId) => store.Find(guildId) ?? new GuildSettings { GuildId = guildId };

    /// <summary>Applies a moderator's change after checking every value; nothing is saved when any value is wrong.</summary>
    public SettingsResult Update(ulong guildId, ulong actorId, SettingsUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var current = Get(guildId);

        string? country = null;
        if (update.Country is { } rawCountry)
        {
            country = rawCountry.Trim().ToUpperInvariant();
            if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
                return new(false, "Country must be a two-letter code such as GB, US or DE. Nothing was changed.", current);
        }
        if (update.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone.Trim(), out _))
            return new(false, $"Unknown time zone; try one like Europe/London or America/New_York. Nothing was changed.", current);
        if (update.CrisisWatchChannelIds is { Length: > 25 })
            return new(false, "Crisis watch can follow at most 25 channels. Nothing was changed.", current);

        var next = current with
        {
            ModeratorChannelId = update.ModeratorChannelId ?? current.ModeratorChannelId,
            ModeratorRoleId = update.ModeratorRoleId ?? current.ModeratorRoleId,
            Country = country ?? current.Country,
            TimeZone = update.TimeZone?.Trim() ?? current.TimeZone,
            CrisisWatchEnabled = update.CrisisWatchEnabled ?? current.CrisisWatchEnabled,
            CrisisWatchChannelIds = update.CrisisWatchChannelIds ?? current.CrisisWatchChannelIds,
            CrisisDmMode = update.CrisisDmMode ?? current.CrisisDmMode,
            AskModsShowsReporter = update.AskModsShowsReporter ?? current.AskModsShowsReporter,
            CommunityPromptsEnabled = update.CommunityPromptsEnabled ?? current.CommunityPromptsEnabled,
            StoriesChannelId = update.StoriesChannelId ?? current.StoriesChannelId,
            StoryApprovalRequired = update.StoryApprovalRequired ?? current.StoryApprovalRequired,
            TipApprovalRequired = update.TipApprovalRequired ?? current.TipApprovalRequired,
            UpdatedAt = time.GetUtcNow(),
            UpdatedBy = actorId,
        };
        if (next.CrisisWatchEnabled && next.ModeratorChannelId is null)
            return new(false, "Crisis watch needs a moderator channel for its alerts: set moderator_channel first. Nothing was changed.", current);

        store.Save(next);
        LogUpdated(guildId, actorId);
        return new(true, "Saved. Here is how the server is set up now.", next);
    }

    /// <summary>
    /// Whether a member may change settings: Administrator or Manage Server in the permissions Discord sent
    /// with the interaction (which include channel overwrites), or the server's moderator role.
    /// </summary>
    public bool IsModerator(ulong guildId, ulong? memberPermissions, IReadOnlyCollection<ulong> memberRoleIds)
    {
        ArgumentNullException.ThrowIfNull(memberRoleIds);
        if (memberPermissions is { } p && (p & (Administrator | ManageGuild)) != 0)
            return true;
        return Get(guildId).ModeratorRoleId is { } role && memberRoleIds.Contains(role);
    }

    /// <summary>The bot joined (or rejoined) the server: it is no longer due for removal.</summary>
    public void MarkJoined(ulong guildId)
    {
        if (store.Find(guildId) is { LeftAt: not null } settings)
            store.Save(settings with { LeftAt = null });
    }

    /// <summary>The bot was removed from the server: its settings are kept for <see cref="Retention"/>.</summary>
    public void MarkLeft(ulong guildId)
    {
        var settings = Get(guildId);
        store.Save(settings with { LeftAt = time.GetUtcNow() });
    }

    /// <summary>Deletes everything stored for servers the bot left more than <see cref="Retention"/> ago; returns how many servers.</summary>
    public int PurgeExpired()
    {
        var expired = store.LeftBefore(time.GetUtcNow() - Retention);
        foreach (var guildId in expired)
        {
            var records = guildData.Sum(d => d.DeleteGuild(guildId));
            store.Delete(guildId);
            LogPurged(guildId, records);
        }
        return expired.Count;
    }

    /// <summary>The five lines the owner reads when the bot joins.</summary>
    public static string WelcomeMessage(string? serverName) => string.Join('\n',
        $"Thank you for adding PainPalBot{(string.IsNullOrWhiteSpace(serverName) ? "" : " to " + serverName)}. Five steps to set it up:",
        "1. `/config set moderator_channel:` a private channel for alerts, members' \"Ask mods to check in\" requests and approvals, and `moderator_role:` if you use one.",
        "2. `/config set country:` and `time_zone:` so helplines and community prompts fit your members.",
        "3. Optional: `/config set crisis_watch:true` (needs the Message Content intent) and `/config prompt add` for community prompts.",
        "4. Members can start at once with `/checkin`, `/reminders set`, `/resources find` and `/crisis`; `/config show` shows everything.");

    /// <summary>Formats the settings for <c>/config show</c>.</summary>
    public static string Describe(GuildSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        static string Channel(ulong? id) => id is { } c ? $"<#{c}>" : "not set";
        var watched = s.CrisisWatchChannelIds.Length == 0 ? "every channel" : string.Join(", ", s.CrisisWatchChannelIds.Select(c => $"<#{c}>"));
        return string.Join('\n',
            $"Moderator channel: {Channel(s.ModeratorChannelId)}",
            $"Moderator role: {(s.ModeratorRoleId is { } r ? $"<@&{r}>" : "not set (Manage Server only)")}",
            $"Country: {s.Country ?? "not set"} · Time zone: {s.TimeZone ?? "not set (UTC)"}",
            $"Crisis watch: {(s.CrisisWatchEnabled ? $"on in {watched}; support DM {(s.CrisisDmMode == CrisisDmMode.Immediate ? "sent at once" : "sent by a moderator")}" : "off")}",
            $"Ask mods to check in (any message's Apps menu): {(s.ModeratorChannelId is null ? "needs a moderator channel; until then members are told to contact a moderator directly" : "alerts the moderator channel")}; who asked is {(s.AskModsShowsReporter ? "shown to moderators" : "kept private")}",
            $"Community prompts: {(s.CommunityPromptsEnabled ? "on" : "off")}",
            $"Stories: {Channel(s.StoriesChannelId)}, {(s.StoryApprovalRequired ? "moderators approve first" : "posted at once")} · Tips: {(s.TipApprovalRequired ? "moderators approve first" : "shared at once")}",
            $"Last changed: {(s.UpdatedAt is { } at ? at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never")}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings of guild {GuildId} changed by {UserId}")]
    private partial void LogUpdated(ulong guildId, ulong userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed guild {GuildId}'s data ({RecordCount} records) 30 days after the bot left")]
    private partial void LogPurged(ulong guildId, int recordCount);
}
