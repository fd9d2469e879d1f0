using System.Globalization;
using System.Text;
using LiteDB;
using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Tips;

/// <summary>
/// The members' tips library: sharing (with moderator approval unless the server turned it off), browsing best first,
/// one "this helped me" per person, and the week's most helpful tips for the community prompt. Tips are shown without
/// their author. The caller (module) checks that whoever presses Approve / Reject is a moderator.
/// </summary>
public sealed partial class TipService(
    TipStore store,
    ServerSettingsService settings,
    IDiscordRestClient rest,
    DmSender dms,
    TimeProvider time,
    ILogger<TipService> log)
{
    /// <summary>The longest tip, in characters.</summary>
    public const int MaxTextLength = 500;

    /// <summary>How many tags a tip may carry.</summary>
    public const int MaxTags = 5;

    /// <summary>The longest tag.</summary>
    public const int MaxTagLength = 20;

    /// <summary>The longest topic to browse by.</summary>
    public const int MaxTopicLength = 30;

    /// <summary>Tips per page of <c>/tips</c> (three of the longest tips still fit one message).</summary>
    public const int PageSize = 3;

    /// <summary>The window of <see cref="TopOfWeek"/>.</summary>
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private const int MaxMessageLength = 2000;
    private const string Gone = "This tip is no longer in the library.";

    private readonly Lock _gate = new();

    /// <summary>Shares a tip: it waits for a moderator, or enters the library at once when the server turned approval off.</summary>
    /// <param name="guildId">The server.</param>
    /// <param name="authorId">Who shares it.</param>
    /// <param name="text">The tip (at most 500 characters).</param>
    /// <param name="tags">Comma-separated tags, e.g. <c>sleep, pacing</c>.</param>
    /// <param name="ct">Cancels the Discord calls.</param>
    public async Task<TipSubmitResult> SubmitAsync(ulong guildId, ulong authorId, string text, string? tags, CancellationToken ct = default)
    {
        var clean = text?.Trim() ?? "";
        if (clean.Length == 0)
            return new(false, null, "Your tip was empty, so nothing was saved.");
        if (clean.Length > MaxTextLength)
            return new(false, null, string.Create(CultureInfo.InvariantCulture,
                $"Your tip is {clean.Length} characters; the limit is {MaxTextLength}. Nothing was saved: please shorten it and share it again."));
        var tagList = ParseTags(tags);
        if (tagList.Count > MaxTags)
            return new(false, null, $"A tip can have at most {MaxTags} tags. Nothing was saved.");
        if (tagList.Any(t => t.Length > MaxTagLength))
            return new(false, null, $"A tag can be at most {MaxTagLength} characters. Nothing was saved.");

        var guild = settings.Get(guildId);
        var now = time.GetUtcNow();
        var tip = new Tip { Id = ObjectId.NewObjectId(), GuildId = guildId, AuthorId = authorId, Text = clean, Tags = [.. tagList], SubmittedAt = now };
        if (!guild.TipApprovalRequired)
        {
            store.Add(tip with { Status = TipStatus.Approved, ApprovedAt = now });
            LogShared(log, tip.Id, guildId, TipStatus.Approved);
            return new(true, TipStatus.Approved, "Thank you for sharing what helps! Your tip is in the library now; others can find it with /tips.");
        }
        if (guild.ModeratorChannelId is not { } moderatorChannel)
            return new(false, null, "Tips on this server wait for a moderator, but no moderator channel is set yet. Nothing was saved; please let a moderator know.");

        try
        {
            var review = await rest.CreateMessageAsync(moderatorChannel, new CreateMessageRequest
            {
                Content = "A new tip is waiting for review. Approve adds it to the library; Reject deletes it.",
                Embeds = [Embed(tip)],
                Components = TipComponents.Review(tip.Id.ToString()),
                AllowedMentions = AllowedMentions.None,
            }, null, ct);
            store.Add(tip with { Status = TipStatus.Pending, ReviewChannelId = moderatorChannel, ReviewMessageId = review.Id });
        }
        catch (DiscordApiException e) when (e.Code is DiscordErrorCodes.UnknownChannel or DiscordErrorCodes.MissingAccess or DiscordErrorCodes.MissingPermissions)
        {
            LogChannelRefused(log, guildId, e.Code ?? 0);
            return new(false, null, "I couldn't reach the moderator channel (the bot may lack permission there). Nothing was saved; please let a moderator know.");
        }
        LogShared(log, tip.Id, guildId, TipStatus.Pending);
        return new(true, TipStatus.Pending, "Thank you for sharing what helps! Your tip is waiting for a moderator; I'll tell you by DM when it's in the library.");
    }

    /// <summary>A moderator approved a pending tip: it enters the library and the author is told by DM.</summary>
    public async Task<TipDecisionResult> ApproveAsync(ulong guildId, string tipId, ulong moderatorId, CancellationToken ct = default)
    {
        Tip tip;
        lock (_gate)
        {
            if (!TryParse(tipId, out var id) || store.Find(id) is not { } found || found.GuildId != guildId)
                return new(false, "This tip no longer exists; its author may have deleted it. Nothing was changed.", "This tip was deleted before a decision.");
            if (found.Status != TipStatus.Pending)
                return new(false, "This tip is already in the library. Nothing was changed.");
            tip = found with { Status = TipStatus.Approved, ApprovedAt = time.GetUtcNow(), ApprovedBy = moderatorId, ReviewChannelId = null, ReviewMessageId = null };
            store.Update(tip);
        }
        LogDecided(log, tip.Id, guildId, moderatorId, "approved");
        var told = await TryTellAsync(tip.AuthorId, new CreateMessageRequest
        {
            Content = $"Your tip “{Preview(tip.Text)}” is in the library now. Thank you for sharing what helps.",
            AllowedMentions = AllowedMentions.None,
        }, ct);
        return new(true,
            $"Approved: the tip is in the library. {(told ? "Its author has been told by DM." : "Its author could not be reached by DM.")}",
            $"✅ Tip approved by <@{moderatorId}>.");
    }

    /// <summary>A moderator rejected a pending tip: it is deleted and the author is told by DM.</summary>
    public async Task<TipDecisionResult> RejectAsync(ulong guildId, string tipId, ulong moderatorId, CancellationToken ct = default)
    {
        Tip tip;
        lock (_gate)
        {
            if (!TryParse(tipId, out var id) || store.Find(id) is not { } found || found.GuildId != guildId)
                return new(false, "This tip no longer exists; its author may have deleted it. Nothing was changed.", "This tip was deleted before a decision.");
            if (found.Status != TipStatus.Pending)
                return new(false, "This tip is already in the library. Nothing was changed.");
            store.Remove(id);
            tip = found;
        }
        LogDecided(log, tip.Id, guildId, moderatorId, "rejected");
        var told = await TryTellAsync(tip.AuthorId, new CreateMessageRequest
        {
            Content = $"A moderator decided not to add your tip “{Preview(tip.Text)}” to the library, so it has been deleted. Thank you for sharing it.",
            AllowedMentions = AllowedMentions.None,
        }, ct);
        return new(true,
            $"Rejected: the tip is deleted. {(told ? "Its author has been told by DM." : "Its author could not be reached by DM.")}",
            $"❌ Tip rejected by <@{moderatorId}> and deleted.");
    }

    /// <summary>A page of the server's approved tips, most helpful first, optionally about one topic (a tag, or words in the tip).</summary>
    public TipPage Browse(ulong guildId, ulong viewerId, string? topic = null, int page = 1)
    {
        var wanted = TidyTag(topic ?? "");
        if (wanted.Length > MaxTopicLength) wanted = wanted[..MaxTopicLength];
        var about = wanted.Length == 0 ? null : wanted;
        var tips = store.Approved(guildId)
            .Where(t => about is null || t.Tags.Contains(about, StringComparer.Ordinal) || t.Text.Contains(about, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(t => t.HelpfulCount)
            .ThenByDescending(t => t.ApprovedAt)
            .ToList();
        if (tips.Count == 0)
            return new(about is null
                ? "The tips library is empty so far. Share what helps you with /tip add."
                : $"No tips about “{about}” yet. Share one with /tip add, or try /tips without a topic.", [], about, 1, 1);

        var pageCount = (tips.Count + PageSize - 1) / PageSize;
        var current = Math.Clamp(page, 1, pageCount);
        var voted = store.VotesBy(viewerId).Select(v => v.TipId).ToHashSet();
        var views = tips.Skip((current - 1) * PageSize).Take(PageSize)
            .Select(t => View(t, voted.Contains(t.Id), t.AuthorId == viewerId))
            .ToList();

        var text = new StringBuilder(about is null ? "Tips from members, most helpful first" : $"Tips about “{about}”, most helpful first")
            .Append(CultureInfo.InvariantCulture, $" (page {current} of {pageCount}):\n");
        for (var i = 0; i < views.Count; i++)
        {
            var v = views[i];
            text.Append(CultureInfo.InvariantCulture, $"\n**{((current - 1) * PageSize) + i + 1}.** {v.Text}\n-# 👍 {v.HelpfulCount}");
            if (v.Tags.Count > 0) text.Append(" · ").Append(string.Join(' ', v.Tags.Select(t => "#" + t)));
            if (v.IsOwn) text.Append(" · yours");
            text.Append('\n');
        }
        var message = text.ToString();
        if (message.Length > MaxMessageLength) message = message[..(MaxMessageLength - 1)] + "…";
        return new(message, views, about, current, pageCount);
    }

    /// <summary>"This helped me": adds the person's vote, or takes it back when they press again. Nobody can vote for their own tip.</summary>
    public TipVoteResult ToggleHelpful(ulong guildId, string tipId, ulong voterId)
    {
        lock (_gate)
        {
            if (!TryParse(tipId, out var id) || store.Find(id) is not { Status: TipStatus.Approved } tip || tip.GuildId != guildId)
                return new(false, false, 0, Gone);
            if (tip.AuthorId == voterId)
                return new(false, false, tip.HelpfulCount, "You can't vote for your own tip, but thank you for sharing it.");

            var key = TipVote.Key(id, voterId);
            var helped = !store.HasVote(key);
            if (helped)
                store.AddVote(new TipVote { Id = key, TipId = id, GuildId = guildId, VoterId = voterId, At = time.GetUtcNow() });
            else
                store.RemoveVote(key);
            var count = store.CountVotes(id);
            store.Update(tip with { HelpfulCount = count });
            return new(true, helped, count, helped
                ? "Glad it helped. Your vote is counted; press again to take it back."
                : "Your vote is taken back.");
        }
    }

    /// <summary>The top <paramref name="count"/> tips that entered the server's library in the last 7 days, most helpful first (for the community prompt).</summary>
    public IReadOnlyList<TipView> TopOfWeek(ulong guildId, int count)
    {
        if (count <= 0) return [];
        return [.. store.ApprovedSince(guildId, time.GetUtcNow() - Week)
            .OrderByDescending(t => t.HelpfulCount)
            .ThenByDescending(t => t.ApprovedAt)
            .Take(count)
            .Select(t => View(t, false, false))];
    }

    /// <summary>Turns <c>"Sleep, #pacing"</c> into <c>["sleep", "pacing"]</c>.</summary>
    public static IReadOnlyList<string> ParseTags(string? tags) =>
        string.IsNullOrWhiteSpace(tags)
            ? []
            : [.. tags.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(TidyTag).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

    private static string TidyTag(string tag) =>
        string.Join(' ', tag.Trim().TrimStart('#').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    // The decision stands whether or not the author hears about it.
    private async Task<bool> TryTellAsync(ulong authorId, CreateMessageRequest message, CancellationToken ct)
    {
        try
        {
            return (await dms.SendAsync(authorId, message, ct)).Status == DmSendStatus.Sent;
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException)
        {
            LogDmFailed(log, authorId);
            return false;
        }
    }

    private static TipView View(Tip t, bool helped, bool own) => new(t.Id.ToString(), t.Text, t.Tags, t.HelpfulCount, helped, own);

    private static Embed Embed(Tip tip) => new()
    {
        Description = tip.Text,
        Footer = tip.Tags.Length > 0 ? new EmbedFooter { Text = string.Join(' ', tip.Tags.Select(t => "#" + t)) } : null,
    };

    private static string Preview(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 60 ? flat : string.Concat(flat.AsSpan(0, 59), "…");
    }

    private static bool TryParse(string? tipId, out ObjectId id)
    {
        id = ObjectId.Empty;
        if (tipId is not { Length: 24 } || !tipId.All(char.IsAsciiHexDigit)) return false;
        id = new ObjectId(tipId);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tip {TipId} shared in guild {GuildId} ({TipStatus})")]
    private static partial void LogShared(ILogger logger, ObjectId tipId, ulong guildId, TipStatus tipStatus);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tip {TipId} in guild {GuildId} {TipDecision} by {ModeratorId}")]
    private static partial void LogDecided(ILogger logger, ObjectId tipId, ulong guildId, ulong moderatorId, string tipDecision);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell {UserId} by DM about their tip")]
    private static partial void LogDmFailed(ILogger logger, ulong userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord refused a tip review message in guild {GuildId} ({DiscordCode})")]
    private static partial void LogChannelRefused(ILogger logger, ulong guildId, int discordCode);
}
