using System.Buffers.Text;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using LiteDB;
using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.Messaging;

namespace PainPalBot.Modules.Connections;

/// <summary>
/// Peer connections made only by mutual consent: opt-in profiles, unnamed suggestions behind opaque tokens, requests by
/// DM, and names shown only once both have said yes. Declines and blocks keep a pair apart for good, both ways.
/// </summary>
public sealed partial class ConnectionService(ConnectionStore store, DmSender dms, TimeProvider time, ILogger<ConnectionService> log)
{
    /// <summary>How many requests a person may send in any 24 hours.</summary>
    public const int MaxRequestsPerDay = 3;

    /// <summary>How many people <c>/connect find</c> suggests.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>How many languages a profile may list.</summary>
    public const int MaxLanguages = 5;

    /// <summary>The longest language name.</summary>
    public const int MaxLanguageLength = 30;

    /// <summary>How long a suggestion's token works.</summary>
    public static readonly TimeSpan SuggestionLifetime = TimeSpan.FromDays(1);

    /// <summary>How long a request waits for an answer.</summary>
    public static readonly TimeSpan RequestLifetime = TimeSpan.FromDays(7);

    private static readonly TimeSpan RateWindow = TimeSpan.FromDays(1);
    private static readonly TimeSpan ExpiredKept = TimeSpan.FromDays(30);
    private const PainConditions AllConditions = (PainConditions)((1 << 9) - 1);
    private const ConnectionGoals AllGoals = (ConnectionGoals)((1 << 3) - 1);
    private const string NotOpen = "This request is no longer open. Nothing was changed.";

    private readonly Lock _gate = new();

    /// <summary>Opts the person in (or updates their profile) in one server.</summary>
    public ConnectionResult SaveProfile(ulong guildId, ulong userId, ConnectionProfileInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var zone = input.TimeZone?.Trim() ?? "";
        if (zone.Length == 0 || !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            return new(false, "Unknown time zone; try one like Europe/London or America/New_York. Nothing was saved.");
        var languages = (input.Languages ?? []).Select(Tidy).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (languages.Length == 0)
            return new(false, "Please list at least one language you'd like to talk in. Nothing was saved.");
        if (languages.Length > MaxLanguages)
            return new(false, $"Please list at most {MaxLanguages} languages. Nothing was saved.");
        if (languages.Any(l => l.Length > MaxLanguageLength))
            return new(false, $"A language name can be at most {MaxLanguageLength} characters. Nothing was saved.");
        var goals = input.LookingFor & AllGoals;
        if (goals == ConnectionGoals.None)
            return new(false, "Please choose what you're looking for: someone to talk to, an accountability buddy or a pacing partner. Nothing was saved.");

        var now = time.GetUtcNow();
        var existing = store.Profile(guildId, userId);
        store.SaveProfile(new ConnectionProfile
        {
            Id = existing?.Id ?? ObjectId.NewObjectId(),
            GuildId = guildId,
            UserId = userId,
            Conditions = input.Conditions & AllConditions,
            TimeZone = zone,
            Languages = languages,
            LookingFor = goals,
            CreatedAt = existing?.CreatedAt ?? now,
            UpdatedAt = now,
        });
        LogProfileSaved(log, guildId, userId);
        return new(true, existing is null
            ? "You're opted in to peer connections here, and your profile is saved. Others only ever see a description without your name; "
              + "you see each other's names only when you both say yes. Try /connect find."
            : "Your connection profile is updated.");
    }

    /// <summary>The person's own profile in words (for them only), or a hint to make one.</summary>
    public ConnectionResult MyProfile(ulong guildId, ulong userId)
    {
        if (store.Profile(guildId, userId) is not { } p)
            return new(false, "You have no connection profile here. /connect profile makes one.");
        var conditions = ConnectionChoices.Each(p.Conditions).Select(ConnectionChoices.Label).ToList();
        return new(true, string.Join('\n',
            "Your connection profile here (only the bot sees it):",
            $"Conditions: {(conditions.Count > 0 ? ConnectionChoices.JoinAnd(conditions) : "none listed")}",
            $"Time zone: {p.TimeZone}",
            $"Languages: {ConnectionChoices.JoinAnd(p.Languages)}",
            $"Looking for: {ConnectionChoices.JoinAnd([.. ConnectionChoices.Each(p.LookingFor).Select(ConnectionChoices.Label)])}"));
    }

    /// <summary>Suggests up to three opted-in members of the same server with the most in common, without names.</summary>
    public ConnectionSuggestionsResult Find(ulong guildId, ulong userId)
    {
        if (store.Profile(guildId, userId) is not { } me)
            return new("Make a connection profile first with /connect profile. Nothing was shared.", []);
        var now = time.GetUtcNow();
        var barred = store.BarredFrom(userId);
        var linked = store.RequestsInvolving(userId)
            .Where(r => r.Status != ConnectionRequestStatus.Expired)
            .Select(r => r.FromUserId == userId ? r.ToUserId : r.FromUserId)
            .ToHashSet();
        var myOffset = ConnectionDescriber.Offset(me.TimeZone, now);

        var best = store.ProfilesIn(guildId)
            .Where(p => p.UserId != userId && !barred.Contains(p.UserId) && !linked.Contains(p.UserId))
            .Select(p => (Profile: p, Score: Score(me, p, now), Distance: (ConnectionDescriber.Offset(p.TimeZone, now) - myOffset).Duration()))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Distance)
            .ThenByDescending(x => x.Profile.UpdatedAt)
            .Take(MaxSuggestions)
            .ToList();
        if (best.Count == 0)
            return new("Nobody else here matches yet. Your profile stays saved, and you can try again as more people opt in.", []);

        // A suggestion still open keeps its token, so buttons of an earlier answer keep working.
        var open = store.SuggestionsFor(userId)
            .Where(s => s.GuildId == guildId && s.ExpiresAt > now)
            .GroupBy(s => s.CandidateUserId)
            .ToDictionary(g => g.Key, g => g.First().Id);
        var suggestions = new List<SuggestedMember>();
        foreach (var (profile, _, _) in best)
        {
            if (!open.TryGetValue(profile.UserId, out var token))
            {
                token = NewToken();
                store.AddSuggestion(new ConnectionSuggestion
                {
                    Id = token,
                    GuildId = guildId,
                    ForUserId = userId,
                    CandidateUserId = profile.UserId,
                    CreatedAt = now,
                    ExpiresAt = now + SuggestionLifetime,
                });
            }
            suggestions.Add(new SuggestedMember(token, ConnectionDescriber.Describe(profile, me, now)));
        }
        LogSuggested(log, guildId, userId, suggestions.Count);
        var lines = suggestions.Select((s, i) => $"{i + 1}. {Capitalise(s.Description)}");
        return new(
            "People here who opted in and have the most in common with you. Names stay hidden unless you both say yes:\n"
            + string.Join('\n', lines)
            + $"\nAsking sends them a request by DM, without your name. You can send {MaxRequestsPerDay} requests a day.",
            suggestions);
    }

    /// <summary>Sends a request to a suggested member by DM. If they had already asked this person, both are connected at once.</summary>
    public async Task<ConnectionRequestResult> RequestAsync(ulong userId, string suggestionToken, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        ConnectionRequest request;
        ConnectionProfile me, them;
        ConnectionRequest? reverse;
        lock (_gate)
        {
            if (suggestionToken is null || store.Suggestion(suggestionToken) is not { } suggestion || suggestion.ForUserId != userId || suggestion.ExpiresAt <= now)
                return new(false, "That suggestion has expired. Try /connect find again. Nothing was sent.");
            var other = suggestion.CandidateUserId;
            if (store.HasBarrier(userId, other))
                return new(false, "This connection isn't possible. Nothing was sent.");
            var between = store.RequestsBetween(userId, other).Where(r => r.Status != ConnectionRequestStatus.Expired).ToList();
            if (between.Any(r => r.Status == ConnectionRequestStatus.Accepted))
                return new(false, "You're already connected with this person. Nothing was sent.");
            if (between.Any(r => r.Status == ConnectionRequestStatus.Declined))
                return new(false, "This request can't be sent again. Nothing was sent.");
            if (between.Any(r => r.FromUserId == userId))
                return new(false, "You've already asked this person. You'll get a DM if they say yes. Nothing new was sent.");
            if (store.Profile(suggestion.GuildId, userId) is not { } mine)
                return new(false, "You have no connection profile here any more; /connect profile makes one. Nothing was sent.");
            if (store.Profile(suggestion.GuildId, other) is not { } theirs)
                return new(false, "This person is no longer open to connections. Nothing was sent.");
            me = mine;
            them = theirs;

            reverse = between.FirstOrDefault(r => r.FromUserId == other && r.Status == ConnectionRequestStatus.Pending);
            if (reverse is not null)
            {
                store.UpdateRequest(reverse with { Status = ConnectionRequestStatus.Accepted, AnsweredAt = now });
                request = reverse;
            }
            else
            {
                var recent = store.RequestTimesFrom(userId, now - RateWindow);
                if (recent.Count >= MaxRequestsPerDay)
                    return new(false, string.Create(CultureInfo.InvariantCulture,
                        $"You've sent {MaxRequestsPerDay} requests in the last day, which is the limit. You can send another after {(recent[0] + RateWindow).UtcDateTime:HH:mm} UTC. Nothing was sent."));
                request = new ConnectionRequest
                {
                    Id = NewToken(),
                    GuildId = suggestion.GuildId,
                    FromUserId = userId,
                    ToUserId = other,
                    Status = ConnectionRequestStatus.Pending,
                    CreatedAt = now,
                };
                store.AddRequest(request);
            }
            // Only this token goes: the other person's suggestion of this one stays, so their "Ask" becomes a yes.
            store.RemoveSuggestion(suggestion.Id);
        }

        if (reverse is not null)
        {
            var answer = await ConnectAsync(reverse, ct);
            return new(true, answer.Message, answer.OtherUserId);
        }

        DmSendResult sent;
        try
        {
            sent = await dms.SendAsync(request.ToUserId, new CreateMessageRequest
            {
                Content = "Someone on a server you share would like to connect with you: " + ConnectionDescriber.Describe(me, them, now) + ".\n"
                    + "If you say yes, you'll both see each other's names. If you say no, they won't learn who you are, and you won't be suggested to each other again.",
                Components = ConnectionComponents.ForRequest(request.Id),
                AllowedMentions = AllowedMentions.None,
            }, ct);
        }
        catch (Exception)
        {
            store.RemoveRequest(request.Id);
            throw;
        }

        if (sent.Status == DmSendStatus.CannotDm)
        {
            store.RemoveRequest(request.Id);
            return new(false, "This person can't receive DMs from the bot right now, so no request was sent. It didn't count towards your daily limit.");
        }
        LogRequested(log, request.GuildId, userId);
        return new(true, "Your request is on its way, without your name. If they say yes, you'll both see each other's names in a DM; "
            + "if not, nothing is shared and the request quietly closes.");
    }

    /// <summary>The asked person said yes: both are connected and each sees the other's name.</summary>
    public async Task<ConnectionAnswerResult> AcceptAsync(ulong userId, string requestToken, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        ConnectionRequest request;
        lock (_gate)
        {
            if (requestToken is null || store.Request(requestToken) is not { } found || found.ToUserId != userId)
                return new(false, NotOpen);
            switch (found.Status)
            {
                case ConnectionRequestStatus.Accepted:
                    return new(true, $"You're already connected with <@{found.FromUserId}>.", found.FromUserId);
                case ConnectionRequestStatus.Declined:
                    return new(false, "You declined this request earlier. Nothing was changed.");
                case ConnectionRequestStatus.Expired:
                    return new(false, "This request has expired. Nothing was changed.");
            }
            if (now - found.CreatedAt > RequestLifetime)
            {
                store.UpdateRequest(found with { Status = ConnectionRequestStatus.Expired, AnsweredAt = now });
                return new(false, "This request has expired. Nothing was changed.");
            }
            if (store.HasBarrier(userId, found.FromUserId) || store.Profile(found.GuildId, found.FromUserId) is null)
            {
                store.UpdateRequest(found with { Status = ConnectionRequestStatus.Expired, AnsweredAt = now });
                return new(false, NotOpen);
            }
            store.UpdateRequest(found with { Status = ConnectionRequestStatus.Accepted, AnsweredAt = now });
            request = found;
        }
        return await ConnectAsync(request, ct);
    }

    /// <summary>The asked person said no: the requester is not told who they asked, and the pair is never suggested again.</summary>
    public ConnectionResult Decline(ulong userId, string requestToken)
    {
        lock (_gate)
        {
            if (requestToken is null || store.Request(requestToken) is not { } found || found.ToUserId != userId)
                return new(false, NotOpen);
            if (found.Status != ConnectionRequestStatus.Pending)
                return new(false, found.Status == ConnectionRequestStatus.Accepted ? "You're already connected; /connect block keeps you apart if you'd like that." : NotOpen);
            var now = time.GetUtcNow();
            store.UpdateRequest(found with { Status = ConnectionRequestStatus.Declined, AnsweredAt = now });
            store.AddBarrier(new ConnectionBarrier { Id = ObjectId.NewObjectId(), OwnerId = userId, OtherId = found.FromUserId, Kind = ConnectionBarrierKind.Declined, At = now });
        }
        LogDeclined(log, userId);
        return new(true, "Declined. They won't learn who you are, and you won't be suggested to each other again.");
    }

    /// <summary>Blocks whoever is behind a suggestion or request token: never suggested to each other again, either way.</summary>
    public ConnectionResult Block(ulong userId, string token)
    {
        ulong? other = null;
        if (token is not null && store.Suggestion(token) is { } s && s.ForUserId == userId)
            other = s.CandidateUserId;
        else if (token is not null && store.Request(token) is { } r && (r.ToUserId == userId || r.FromUserId == userId))
            other = r.ToUserId == userId ? r.FromUserId : r.ToUserId;
        return other is { } id
            ? BlockMember(userId, id)
            : new(false, "I couldn't tell who that was; the suggestion may have expired. Nothing was changed.");
    }

    /// <summary>Blocks a member by user id (someone the person already knows, e.g. after connecting).</summary>
    public ConnectionResult BlockMember(ulong userId, ulong otherUserId)
    {
        if (userId == otherUserId)
            return new(false, "You can't block yourself. Nothing was changed.");
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (!store.BarriersOwnedBy(userId).Any(b => b.OtherId == otherUserId && b.Kind == ConnectionBarrierKind.Blocked))
                store.AddBarrier(new ConnectionBarrier { Id = ObjectId.NewObjectId(), OwnerId = userId, OtherId = otherUserId, Kind = ConnectionBarrierKind.Blocked, At = now });
            foreach (var pending in store.RequestsBetween(userId, otherUserId).Where(r => r.Status == ConnectionRequestStatus.Pending))
                store.UpdateRequest(pending with { Status = ConnectionRequestStatus.Declined, AnsweredAt = now });
            store.DeleteSuggestionsBetween(userId, otherUserId);
        }
        LogBlocked(log, userId);
        return new(true, "Blocked. You won't be suggested to each other again on any server, and they aren't told.");
    }

    /// <summary>Deletes the person's profile in one server; blocks they made stay in place.</summary>
    public ConnectionResult Leave(ulong guildId, ulong userId)
    {
        lock (_gate)
        {
            if (store.DeleteProfile(guildId, userId) == 0)
                return new(false, "You had no connection profile here, so nothing was changed.");
            store.DeleteSuggestionsInvolving(userId, guildId);
            var now = time.GetUtcNow();
            foreach (var pending in store.RequestsInvolving(userId).Where(r => r.GuildId == guildId && r.Status == ConnectionRequestStatus.Pending))
                store.UpdateRequest(pending with { Status = ConnectionRequestStatus.Expired, AnsweredAt = now });
        }
        LogLeft(log, guildId, userId);
        return new(true, "Your connection profile here is deleted, and you won't be suggested to anyone. People you blocked stay blocked.");
    }

    /// <summary>Deletes expired suggestions, expires unanswered requests, and forgets long-expired ones; returns how many records changed.</summary>
    public int Cleanup()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var changed = store.DeleteExpiredSuggestions(now);
            foreach (var stale in store.PendingBefore(now - RequestLifetime))
            {
                store.UpdateRequest(stale with { Status = ConnectionRequestStatus.Expired, AnsweredAt = now });
                changed++;
            }
            changed += store.DeleteExpiredRequestsBefore(now - ExpiredKept);
            return changed;
        }
    }

    // The request is already marked accepted: both have now said yes, so each learns the other's name.
    private async Task<ConnectionAnswerResult> ConnectAsync(ConnectionRequest request, CancellationToken ct)
    {
        var told = await TryTellAsync(request.FromUserId, new CreateMessageRequest
        {
            Content = $"Good news: <@{request.ToUserId}> said yes to connecting with you. You can message each other now; go gently, and take your time.",
            AllowedMentions = AllowedMentions.None,
        }, ct);
        LogConnected(log, request.GuildId, request.FromUserId, request.ToUserId);
        return new(true,
            $"You're connected with <@{request.FromUserId}>. "
            + (told ? "They've been told your name too. " : "They couldn't be reached by DM, so you may want to say hello first. ")
            + "Say hello whenever you're ready.",
            request.FromUserId);
    }

    // The connection stands whether or not the news reaches the requester.
    private async Task<bool> TryTellAsync(ulong userId, CreateMessageRequest message, CancellationToken ct)
    {
        try
        {
            return (await dms.SendAsync(userId, message, ct)).Status == DmSendStatus.Sent;
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException)
        {
            LogDmFailed(log, userId);
            return false;
        }
    }

    private static int Score(ConnectionProfile me, ConnectionProfile other, DateTimeOffset now)
    {
        var languages = ConnectionDescriber.SharedLanguages(other, me).Count;
        if (languages == 0) return 0;
        var conditions = BitOperations.PopCount((uint)(me.Conditions & other.Conditions));
        var goals = BitOperations.PopCount((uint)(me.LookingFor & other.LookingFor));
        if (conditions + goals == 0) return 0;
        var near = (ConnectionDescriber.Offset(me.TimeZone, now) - ConnectionDescriber.Offset(other.TimeZone, now)).Duration() <= TimeSpan.FromHours(3) ? 1 : 0;
        return (3 * conditions) + (2 * goals) + languages + near;
    }

    private static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    private static string Tidy(string language)
    {
        var words = language.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = string.Join(' ', words);
        return text.Length == 0 ? text : string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));

    [LoggerMessage(Level = LogLevel.Information, Message = "Connection profile of {UserId} saved in guild {GuildId}")]
    private static partial void LogProfileSaved(ILogger logger, ulong guildId, ulong userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{SuggestionCount} connection suggestions made for {UserId} in guild {GuildId}")]
    private static partial void LogSuggested(ILogger logger, ulong guildId, ulong userId, int suggestionCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UserId} sent a connection request in guild {GuildId}")]
    private static partial void LogRequested(ILogger logger, ulong guildId, ulong userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{RequesterId} and {AccepterId} connected in guild {GuildId}")]
    private static partial void LogConnected(ILogger logger, ulong guildId, ulong requesterId, ulong accepterId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell {UserId} by DM that a connection was made")]
    private static partial void LogDmFailed(ILogger logger, ulong userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UserId} declined a connection request")]
    private static partial void LogDeclined(ILogger logger, ulong userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UserId} blocked someone from connection suggestions")]
    private static partial void LogBlocked(ILogger logger, ulong userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UserId} left peer connections in guild {GuildId}")]
    private static partial void LogLeft(ILogger logger, ulong guildId, ulong userId);
}
