using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using PainPalBot.Discord.Models;

namespace PainPalBot.FakeDiscord;

// The REST half: Discord's routes under /api/v10, every request recorded, and levers for tests
// (injected errors and 429s, enforced route and global limits, enforce_nonce de-duplication).
public sealed partial class FakeDiscord
{
    private static readonly TimeSpan NonceLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    private static readonly FakeRoute[] RestRoutes =
    [
        new("GET", "/applications/@me"),
        new("GET", "/gateway/bot"),
        new("GET", "/applications/{application_id}/commands"),
        new("PUT", "/applications/{application_id}/commands"),
        new("PUT", "/applications/{application_id}/guilds/{guild_id}/commands"),
        new("POST", "/interactions/{interaction_id}/{interaction_token}/callback"),
        new("GET", "/webhooks/{application_id}/{interaction_token}/messages/@original"),
        new("PATCH", "/webhooks/{application_id}/{interaction_token}/messages/@original"),
        new("DELETE", "/webhooks/{application_id}/{interaction_token}/messages/@original"),
        new("POST", "/webhooks/{application_id}/{interaction_token}"),
        new("PATCH", "/webhooks/{application_id}/{interaction_token}/messages/{message_id}"),
        new("POST", "/users/@me/channels"),
        new("GET", "/channels/{channel_id}"),
        new("POST", "/channels/{channel_id}/messages"),
        new("PATCH", "/channels/{channel_id}/messages/{message_id}"),
        new("DELETE", "/channels/{channel_id}/messages/{message_id}"),
        new("POST", "/channels/{channel_id}/messages/{message_id}/threads"),
        new("GET", "/guilds/{guild_id}"),
        new("GET", "/guilds/{guild_id}/members/{user_id}"),
        new("GET", "/guilds/{guild_id}/roles"),
    ];

    private readonly Lock _restLock = new();
    private readonly List<RecordedRequest> _restRequests = [];
    private readonly List<RequestWaiter> _restWaiters = [];
    private readonly List<FaultRule> _restFaults = [];
    private readonly Queue<long> _restGlobalLog = new();
    private readonly Dictionary<(string Bucket, string Major), RouteWindow> _restWindows = [];
    private readonly Dictionary<ulong, List<Message>> _restChannelMessages = [];
    private readonly Dictionary<ulong, Channel> _restChannels = [];
    private readonly Dictionary<ulong, ulong> _restDmChannels = [];
    private readonly Dictionary<(ulong Channel, string Nonce), (ulong MessageId, DateTimeOffset At)> _restNonces = [];
    private readonly HashSet<ulong> _restAcknowledged = [];
    private readonly Dictionary<string, ulong> _restInteractionChannels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Message> _restOriginals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Message> _restInteractionMessages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Message>> _restFollowups = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, ApplicationCommand[]> _restGuildCommands = [];
    private readonly List<Role> _restRoles = [];
    private readonly Dictionary<ulong, GuildMember> _restMembers = [];
    private ApplicationCommand[] _restGlobalCommands = [];
    private long _restNextId = 1_200_000_000_000_000_000;
    private int _tooManyRequests;
    private int _gatewayBotCalls;

    /// <summary>Every REST request received so far, oldest first (a snapshot); the latest only, without bodies, as <see cref="FakeDiscordOptions.RequestWindow"/> and <see cref="FakeDiscordOptions.KeepRequestBodies"/> say.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_restLock)
                return [.. _restRequests];
        }
    }

    /// <summary>How many 429s FakeDiscord has answered, injected or enforced.</summary>
    public int TooManyRequestsCount => Volatile.Read(ref _tooManyRequests);

    /// <summary>How many times <c>GET /gateway/bot</c> was called.</summary>
    public int GatewayBotCallCount => Volatile.Read(ref _gatewayBotCalls);

    /// <summary>Global application commands as last overwritten.</summary>
    public IReadOnlyList<ApplicationCommand> GlobalCommands
    {
        get
        {
            lock (_restLock)
                return _restGlobalCommands;
        }
    }

    /// <summary>A guild's application commands as last overwritten.</summary>
    public IReadOnlyList<ApplicationCommand> GuildCommands(ulong guildId)
    {
        lock (_restLock)
            return _restGuildCommands.TryGetValue(guildId, out var commands) ? commands : [];
    }

    /// <summary>Forgets the recorded requests (not the messages, channels or levers).</summary>
    public void ClearRequests()
    {
        lock (_restLock)
            _restRequests.Clear();
    }

    /// <summary>Waits for a request that matches, including one already recorded; throws <see cref="TimeoutException"/> after <paramref name="timeout"/> (5 s by default).</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        RequestWaiter waiter;
        lock (_restLock)
        {
            foreach (var request in _restRequests)
            {
                if (match(request))
                    return request;
            }

            waiter = new RequestWaiter(match, new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously));
            _restWaiters.Add(waiter);
        }

        try
        {
            return await waiter.Found.Task.WaitAsync(timeout ?? DefaultWait, ct);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"FakeDiscord saw no matching request within {(timeout ?? DefaultWait).TotalSeconds:0.###} s; it saw: {string.Join("; ", Requests)}");
        }
        finally
        {
            lock (_restLock)
                _restWaiters.Remove(waiter);
        }
    }

    /// <summary>Waits for the bot's accepted callback to an interaction and returns it parsed, with its files.</summary>
    public async Task<InteractionCallback> WaitForInteractionCallbackAsync(ulong interactionId, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"/interactions/{interactionId}/");
        var request = await WaitForRequestAsync(
            r => r.Method == "POST" && r.Path.StartsWith(prefix, StringComparison.Ordinal) && r.Path.EndsWith("/callback", StringComparison.Ordinal) && r.StatusCode < 300,
            timeout, ct);
        var response = request.ReadJson(DiscordJsonContext.Default.InteractionResponse) ?? throw new InvalidOperationException("The interaction callback had no body.");
        return new InteractionCallback(response, request.Files, request);
    }

    /// <summary>The messages now in a channel (after edits and deletes), oldest first.</summary>
    public IReadOnlyList<Message> Messages(ulong channelId)
    {
        lock (_restLock)
            return _restChannelMessages.TryGetValue(channelId, out var messages) ? [.. messages] : [];
    }

    /// <summary>The DM channel id for a user: the same id every time, as with Discord.</summary>
    public ulong DmChannelIdFor(ulong userId)
    {
        lock (_restLock)
            return DmChannelFor(userId).Id;
    }

    /// <summary>The original response to an interaction (by its token), or null before one exists.</summary>
    public Message? OriginalResponseFor(string interactionToken)
    {
        lock (_restLock)
            return _restOriginals.GetValueOrDefault(interactionToken);
    }

    /// <summary>The followup messages sent for an interaction (by its token), oldest first.</summary>
    public IReadOnlyList<Message> FollowupsFor(string interactionToken)
    {
        lock (_restLock)
            return _restFollowups.TryGetValue(interactionToken, out var messages) ? [.. messages] : [];
    }

    /// <summary>Tells the REST half which channel an interaction happened in, so its responses and followups land in <see cref="Messages"/>.</summary>
    public void TrackInteractionChannel(string interactionToken, ulong channelId)
    {
        lock (_restLock)
            _restInteractionChannels[interactionToken] = channelId;
    }

    /// <summary>Tells the REST half which message a component (or a modal opened from it) was on, so updates edit that message.</summary>
    public void TrackInteractionMessage(string interactionToken, Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_restLock)
            _restInteractionMessages[interactionToken] = message;
    }

    /// <summary>Makes a channel known to <c>GET /channels/{id}</c>.</summary>
    public void AddChannel(Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        lock (_restLock)
            _restChannels[channel.Id] = channel;
    }

    /// <summary>Adds a role to the test guild's roles (next to @everyone).</summary>
    public void AddRole(Role role)
    {
        ArgumentNullException.ThrowIfNull(role);
        lock (_restLock)
            _restRoles.Add(role);
    }

    /// <summary>Makes <c>GET /guilds/{id}/members/{user}</c> answer with this member (its roles, nick) for the test guild.</summary>
    public void AddGuildMember(GuildMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var user = member.User ?? throw new ArgumentException("The member needs its User.", nameof(member));
        lock (_restLock)
            _restMembers[user.Id] = member;
    }

    /// <summary>
    /// Answers the next <paramref name="times"/> requests to <paramref name="method"/> <paramref name="path"/>
    /// (under /api/v10; <c>*</c> matches one segment, e.g. <c>/channels/*/messages</c>) with <paramref name="fault"/>.
    /// </summary>
    public void FailNext(string method, string path, FakeFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(fault);
        lock (_restLock)
            _restFaults.Add(new FaultRule(method, path.Split('/', StringSplitOptions.RemoveEmptyEntries), fault, times));
    }

    partial void MapRest(WebApplication app) => app.Map("/api/v10", api => api.Run(HandleRestAsync));

    private async Task HandleRestAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var parts = await ReadMultipartAsync(request.ContentType, body);

        var path = request.Path.Value ?? "/";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        FakeRoute? route = null;
        Dictionary<string, string> values = [];
        foreach (var candidate in RestRoutes)
        {
            if (candidate.TryMatch(request.Method, segments, out values))
            {
                route = candidate;
                break;
            }
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
            headers[header.Key] = header.Value.ToString();
        var recorded = new RecordedRequest
        {
            Method = request.Method,
            Path = path,
            Query = request.QueryString.Value ?? "",
            Route = route?.Key,
            Headers = headers,
            Body = Encoding.UTF8.GetString(body),
            Parts = parts,
            Timestamp = TimeProvider.System.GetUtcNow(),
        };

        FakeRestResponse answer;
        lock (_restLock)
        {
            answer = route is null
                ? Error(404, 0, "404: Not Found")
                : Answer(context.Response, route, values, segments, recorded);
            recorded.StatusCode = answer.Status;
            if (answer.Status == 429)
                Interlocked.Increment(ref _tooManyRequests);
            // Waiters get the request whole; what is kept may be less (FakeDiscordOptions.RequestWindow, KeepRequestBodies).
            foreach (var waiter in _restWaiters)
            {
                if (!waiter.Found.Task.IsCompleted && waiter.Match(recorded))
                    waiter.Found.TrySetResult(recorded);
            }
            _restRequests.Add(Options.KeepRequestBodies ? recorded : recorded.WithoutContent());
            if (Options.RequestWindow > 0 && _restRequests.Count > Options.RequestWindow)
                _restRequests.RemoveRange(0, _restRequests.Count - Options.RequestWindow);
        }

        context.Response.StatusCode = answer.Status;
        if (answer.Json is { } json)
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = json.Length;
            await context.Response.Body.WriteAsync(json, context.RequestAborted);
        }
    }

    /// <summary>Runs under <see cref="_restLock"/>: auth, injected faults, the global and route limits, then the route itself.</summary>
    private FakeRestResponse Answer(HttpResponse response, FakeRoute route, Dictionary<string, string> values, string[] segments, RecordedRequest request)
    {
        if (!route.WithoutAuth && request.Header("Authorization") != "Bot " + Options.Token)
            return Error(401, 0, "401: Unauthorized");

        var major = FakeRoute.MajorOf(values);
        var fault = _restFaults.FirstOrDefault(f => f.Remaining > 0 && f.Matches(request.Method, segments));
        if (fault is not null)
        {
            fault.Remaining--;
            return Fault(response, route, fault.Fault);
        }

        var now = TimeProvider.System.GetTimestamp();
        if (Options.GlobalRateLimit > 0 && !route.WithoutAuth)
        {
            var windowStart = now - TimeProvider.System.TimestampFrequency;
            while (_restGlobalLog.Count > 0 && _restGlobalLog.Peek() <= windowStart)
                _restGlobalLog.Dequeue();
            if (_restGlobalLog.Count >= Options.GlobalRateLimit)
            {
                var retryAfter = Seconds(_restGlobalLog.Peek() + TimeProvider.System.TimestampFrequency - now);
                return Fault(response, route, FakeFault.RateLimited(retryAfter, FakeRateLimitScope.Global));
            }

            _restGlobalLog.Enqueue(now);
        }

        if (Options.RouteRateLimit > 0)
        {
            if (!_restWindows.TryGetValue((route.BucketHash, major), out var window))
                _restWindows[(route.BucketHash, major)] = window = new RouteWindow();
            if (window.EndsAt <= now)
            {
                window.EndsAt = now + (long)(Options.RouteRateLimitWindow.TotalSeconds * TimeProvider.System.TimestampFrequency);
                window.Count = 0;
            }

            var resetAfter = Seconds(window.EndsAt - now);
            if (window.Count >= Options.RouteRateLimit)
            {
                WriteBucketHeaders(response, route, 0, resetAfter);
                return Fault(response, route, FakeFault.RateLimited(resetAfter));
            }

            window.Count++;
            WriteBucketHeaders(response, route, Options.RouteRateLimit - window.Count, resetAfter);
        }

        try
        {
            return Route(route, values, request);
        }
        catch (JsonException)
        {
            return Error(400, 50035, "Invalid Form Body");
        }
    }

    private FakeRestResponse Route(FakeRoute route, Dictionary<string, string> values, RecordedRequest request)
    {
        switch (route.Key)
        {
            case "GET /applications/@me":
                return Json(200, new Application { Id = Options.ApplicationId, Name = Options.BotUsername, Owner = new User { Id = 1, Username = "owner" } }, DiscordJsonContext.Default.Application);

            case "GET /gateway/bot":
                Interlocked.Increment(ref _gatewayBotCalls);
                var gateway = new UriBuilder(new Uri(BaseUrl, "gateway")) { Scheme = "ws" }.Uri;
                return Json(200, new GatewayBotInfo { Url = gateway.AbsoluteUri, Shards = Options.RecommendedShards, SessionStartLimit = Options.SessionStartLimit }, DiscordJsonContext.Default.GatewayBotInfo);

            case "GET /applications/{application_id}/commands":
                return Json(200, _restGlobalCommands, DiscordJsonContext.Default.ApplicationCommandArray);

            case "PUT /applications/{application_id}/commands":
            {
                var commands = request.ReadJson(DiscordJsonContext.Default.ApplicationCommandArray) ?? [];
                if (FakeCommandRules.Check(commands) is { } errors)
                    return Error(400, 50035, "Invalid Form Body", errors);
                _restGlobalCommands = StoreCommands(commands, _restGlobalCommands, null);
                return Json(200, _restGlobalCommands, DiscordJsonContext.Default.ApplicationCommandArray);
            }

            case "PUT /applications/{application_id}/guilds/{guild_id}/commands":
            {
                var guildId = Id(values, "guild_id");
                var commands = request.ReadJson(DiscordJsonContext.Default.ApplicationCommandArray) ?? [];
                if (FakeCommandRules.Check(commands) is { } errors)
                    return Error(400, 50035, "Invalid Form Body", errors);
                var stored = StoreCommands(commands, _restGuildCommands.GetValueOrDefault(guildId) ?? [], guildId);
                _restGuildCommands[guildId] = stored;
                return Json(200, stored, DiscordJsonContext.Default.ApplicationCommandArray);
            }

            case "POST /interactions/{interaction_id}/{interaction_token}/callback":
                return InteractionCallback(Id(values, "interaction_id"), values["interaction_token"], request);

            case "GET /webhooks/{application_id}/{interaction_token}/messages/@original":
                return _restOriginals.TryGetValue(values["interaction_token"], out var original)
                    ? Json(200, original, DiscordJsonContext.Default.Message)
                    : Error(404, 10008, "Unknown Message");

            case "PATCH /webhooks/{application_id}/{interaction_token}/messages/@original":
            {
                var token = values["interaction_token"];
                if (!_restOriginals.TryGetValue(token, out var existing))
                    return Error(404, 10008, "Unknown Message");
                var edit = request.ReadJson(DiscordJsonContext.Default.WebhookMessageRequest) ?? new WebhookMessageRequest();
                var edited = Edit(existing, edit.Content, edit.Embeds, edit.Components, edit.Attachments, edit.Flags, request.Files);
                _restOriginals[token] = edited;
                return Json(200, edited, DiscordJsonContext.Default.Message);
            }

            case "DELETE /webhooks/{application_id}/{interaction_token}/messages/@original":
            {
                if (!_restOriginals.Remove(values["interaction_token"], out var removed))
                    return Error(404, 10008, "Unknown Message");
                RemoveFromChannel(removed);
                return new FakeRestResponse(204);
            }

            case "POST /webhooks/{application_id}/{interaction_token}":
            {
                var token = values["interaction_token"];
                var followup = request.ReadJson(DiscordJsonContext.Default.WebhookMessageRequest) ?? new WebhookMessageRequest();
                var message = NewMessage(_restInteractionChannels.GetValueOrDefault(token), followup.Content, followup.Embeds, followup.Components,
                    followup.Attachments, followup.Flags, null, request.Files, webhook: true);
                if (!_restFollowups.TryGetValue(token, out var list))
                    _restFollowups[token] = list = [];
                list.Add(message);
                return Json(200, message, DiscordJsonContext.Default.Message);
            }

            case "PATCH /webhooks/{application_id}/{interaction_token}/messages/{message_id}":
            {
                var token = values["interaction_token"];
                var messageId = Id(values, "message_id");
                var list = _restFollowups.GetValueOrDefault(token);
                var index = list?.FindIndex(m => m.Id == messageId) ?? -1;
                if (list is null || index < 0)
                    return Error(404, 10008, "Unknown Message");
                var edit = request.ReadJson(DiscordJsonContext.Default.WebhookMessageRequest) ?? new WebhookMessageRequest();
                list[index] = Edit(list[index], edit.Content, edit.Embeds, edit.Components, edit.Attachments, edit.Flags, request.Files);
                return Json(200, list[index], DiscordJsonContext.Default.Message);
            }

            case "POST /users/@me/channels":
            {
                var dm = request.ReadJson(DiscordJsonContext.Default.CreateDmRequest) ?? throw new JsonException("No body.");
                return Json(200, DmChannelFor(dm.RecipientId), DiscordJsonContext.Default.Channel);
            }

            case "GET /channels/{channel_id}":
                return _restChannels.TryGetValue(Id(values, "channel_id"), out var channel)
                    ? Json(200, channel, DiscordJsonContext.Default.Channel)
                    : Error(404, 10003, "Unknown Channel");

            case "POST /channels/{channel_id}/messages":
                return CreateMessage(Id(values, "channel_id"), request);

            case "PATCH /channels/{channel_id}/messages/{message_id}":
            {
                var channelId = Id(values, "channel_id");
                var messageId = Id(values, "message_id");
                var existing = _restChannelMessages.GetValueOrDefault(channelId)?.Find(m => m.Id == messageId);
                if (existing is null)
                    return Error(404, 10008, "Unknown Message");
                var edit = request.ReadJson(DiscordJsonContext.Default.EditMessageRequest) ?? new EditMessageRequest();
                return Json(200, Edit(existing, edit.Content, edit.Embeds, edit.Components, edit.Attachments, edit.Flags, request.Files), DiscordJsonContext.Default.Message);
            }

            case "DELETE /channels/{channel_id}/messages/{message_id}":
            {
                var messageId = Id(values, "message_id");
                var existing = _restChannelMessages.GetValueOrDefault(Id(values, "channel_id"))?.Find(m => m.Id == messageId);
                if (existing is null)
                    return Error(404, 10008, "Unknown Message");
                RemoveFromChannel(existing);
                return new FakeRestResponse(204);
            }

            case "POST /channels/{channel_id}/messages/{message_id}/threads":
            {
                var parentId = Id(values, "channel_id");
                var start = request.ReadJson(DiscordJsonContext.Default.StartThreadRequest) ?? new StartThreadRequest();
                var thread = new Channel { Id = NextRestId(), Type = 11, GuildId = _restChannels.GetValueOrDefault(parentId)?.GuildId ?? Options.GuildId, Name = start.Name, ParentId = parentId };
                _restChannels[thread.Id] = thread;
                return Json(201, thread, DiscordJsonContext.Default.Channel);
            }

            case "GET /guilds/{guild_id}":
                return Id(values, "guild_id") == Options.GuildId
                    ? Json(200, new Guild
                    {
                        Id = Options.GuildId,
                        Name = "PainPal Test Guild",
                        OwnerId = 1,
                        Roles = [.. GuildRoles()],
                        Channels = [.. _restChannels.Values.Where(c => c.GuildId == Options.GuildId)],
                    }, DiscordJsonContext.Default.Guild)
                    : Error(404, 10004, "Unknown Guild");

            case "GET /guilds/{guild_id}/members/{user_id}":
            {
                if (Id(values, "guild_id") != Options.GuildId)
                    return Error(404, 10004, "Unknown Guild");
                var userId = Id(values, "user_id");
                if (_restMembers.TryGetValue(userId, out var added))
                    return Json(200, added, DiscordJsonContext.Default.GuildMember);
                var member = new GuildMember
                {
                    User = userId == Options.BotUserId ? BotUser() : new User { Id = userId, Username = string.Create(CultureInfo.InvariantCulture, $"user{userId}") },
                    JoinedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
                };
                return Json(200, member, DiscordJsonContext.Default.GuildMember);
            }

            case "GET /guilds/{guild_id}/roles":
                return Id(values, "guild_id") == Options.GuildId
                    ? Json(200, [.. GuildRoles()], DiscordJsonContext.Default.RoleArray)
                    : Error(404, 10004, "Unknown Guild");

            default:
                return Error(404, 0, "404: Not Found");
        }
    }

    private FakeRestResponse CreateMessage(ulong channelId, RecordedRequest request)
    {
        var create = request.ReadJson(DiscordJsonContext.Default.CreateMessageRequest) ?? throw new JsonException("No body.");
        var now = TimeProvider.System.GetUtcNow();
        if (create.EnforceNonce == true && create.Nonce is { Length: > 0 } nonce
            && _restNonces.TryGetValue((channelId, nonce), out var seen) && now - seen.At < NonceLifetime
            && _restChannelMessages.GetValueOrDefault(channelId)?.Find(m => m.Id == seen.MessageId) is { } existing)
        {
            // enforce_nonce: the same nonce again within a few minutes is the message already made.
            return Json(200, existing, DiscordJsonContext.Default.Message);
        }

        var message = NewMessage(channelId, create.Content, create.Embeds, create.Components, create.Attachments, create.Flags, create.Nonce, request.Files, webhook: false)
            with { MessageReference = create.MessageReference };
        ReplaceInChannel(message);
        if (create.EnforceNonce == true && create.Nonce is { Length: > 0 })
            _restNonces[(channelId, create.Nonce)] = (message.Id, now);
        return Json(200, message, DiscordJsonContext.Default.Message);
    }

    private FakeRestResponse InteractionCallback(ulong interactionId, string token, RecordedRequest request)
    {
        var callback = request.ReadJson(DiscordJsonContext.Default.InteractionResponse) ?? throw new JsonException("No body.");
        if (!_restAcknowledged.Add(interactionId))
            return Error(400, 40060, "Interaction has already been acknowledged.");

        var data = callback.Data;
        var channelId = _restInteractionChannels.GetValueOrDefault(token);
        switch (callback.Type)
        {
            case InteractionResponseType.ChannelMessageWithSource:
                _restOriginals[token] = NewMessage(channelId, data?.Content, data?.Embeds, data?.Components, data?.Attachments, data?.Flags, null, request.Files, webhook: true);
                break;
            case InteractionResponseType.DeferredChannelMessageWithSource:
                // Discord shows "thinking..." until the original is edited.
                _restOriginals[token] = NewMessage(channelId, "", null, null, null, data?.Flags, null, [], webhook: true);
                break;
            case InteractionResponseType.UpdateMessage or InteractionResponseType.DeferredUpdateMessage
                when _restInteractionMessages.GetValueOrDefault(token) is { } source:
            {
                // A component's original response is the message it is on; an update (type 7) edits that message.
                var inChannel = _restChannelMessages.GetValueOrDefault(source.ChannelId)?.Find(m => m.Id == source.Id);
                var current = inChannel ?? source with { ChannelId = 0 };
                var now = callback.Type == InteractionResponseType.UpdateMessage
                    ? Edit(current, data?.Content, data?.Embeds, data?.Components, data?.Attachments, data?.Flags, request.Files)
                    : current;
                _restOriginals[token] = inChannel is null ? now with { ChannelId = source.ChannelId } : now;
                break;
            }
            default:
                break;
        }

        return new FakeRestResponse(204);
    }

    private Message NewMessage(ulong channelId, string? content, Embed[]? embeds, Component[]? components, AttachmentReference[]? references,
        int? flags, string? nonce, IReadOnlyList<RecordedPart> files, bool webhook)
    {
        var message = new Message
        {
            Id = NextRestId(),
            ChannelId = channelId,
            GuildId = _restChannels.GetValueOrDefault(channelId)?.GuildId,
            Author = BotUser(),
            Content = content ?? "",
            Timestamp = TimeProvider.System.GetUtcNow(),
            Embeds = embeds ?? [],
            Components = components ?? [],
            Attachments = Uploads(references, files),
            Flags = flags,
            Nonce = nonce,
            WebhookId = webhook ? Options.ApplicationId : null,
        };
        if (channelId != 0)
            ReplaceInChannel(message);
        return message;
    }

    private Message Edit(Message existing, string? content, Embed[]? embeds, Component[]? components, AttachmentReference[]? references, int? flags, IReadOnlyList<RecordedPart> files)
    {
        var attachments = existing.Attachments;
        if (references is not null)
        {
            // Attachments listed by an existing id stay; new uploads come in by file index.
            var kept = existing.Attachments.Where(a => references.Any(r => r.Id == a.Id));
            attachments = [.. kept, .. Uploads(references, files)];
        }

        var edited = existing with
        {
            Content = content ?? existing.Content,
            Embeds = embeds ?? existing.Embeds,
            Components = components ?? existing.Components,
            Attachments = attachments,
            Flags = flags ?? existing.Flags,
        };
        if (edited.ChannelId != 0)
            ReplaceInChannel(edited);
        return edited;
    }

    private Attachment[] Uploads(AttachmentReference[]? references, IReadOnlyList<RecordedPart> files)
    {
        var uploads = new List<Attachment>();
        foreach (var file in files)
        {
            var index = ulong.TryParse(file.Name.AsSpan("files[".Length, Math.Max(0, file.Name.Length - "files[]".Length)), CultureInfo.InvariantCulture, out var i) ? i : ulong.MaxValue;
            var reference = references?.FirstOrDefault(r => r.Id == index);
            var id = NextRestId();
            var name = reference?.Filename ?? file.FileName ?? "file";
            uploads.Add(new Attachment
            {
                Id = id,
                Filename = name,
                Description = reference?.Description,
                ContentType = file.ContentType,
                Size = file.Content.Length,
                Url = new Uri(BaseUrl, string.Create(CultureInfo.InvariantCulture, $"attachments/{id}/{Uri.EscapeDataString(name)}")).AbsoluteUri,
            });
        }

        return [.. uploads];
    }

    private void ReplaceInChannel(Message message)
    {
        if (!_restChannelMessages.TryGetValue(message.ChannelId, out var messages))
            _restChannelMessages[message.ChannelId] = messages = [];
        var index = messages.FindIndex(m => m.Id == message.Id);
        if (index >= 0)
            messages[index] = message;
        else
            messages.Add(message);
        if (!_restChannels.ContainsKey(message.ChannelId))
            _restChannels[message.ChannelId] = new Channel { Id = message.ChannelId, Type = 0, GuildId = Options.GuildId, Name = "general" };
    }

    private void RemoveFromChannel(Message message)
    {
        if (_restChannelMessages.TryGetValue(message.ChannelId, out var messages))
            messages.RemoveAll(m => m.Id == message.Id);
    }

    private Channel DmChannelFor(ulong userId)
    {
        if (!_restDmChannels.TryGetValue(userId, out var channelId))
        {
            channelId = NextRestId();
            _restDmChannels[userId] = channelId;
            _restChannels[channelId] = new Channel
            {
                Id = channelId,
                Type = 1,
                Recipients = [new User { Id = userId, Username = string.Create(CultureInfo.InvariantCulture, $"user{userId}") }],
            };
        }

        return _restChannels[channelId];
    }

    private ApplicationCommand[] StoreCommands(ApplicationCommand[] commands, ApplicationCommand[] previous, ulong? guildId)
    {
        return
        [
            .. commands.Select(c => c with
            {
                // A command keeps its id across overwrites when its name and type stay, as on Discord.
                Id = previous.FirstOrDefault(p => p.Name == c.Name && (p.Type ?? ApplicationCommandType.ChatInput) == (c.Type ?? ApplicationCommandType.ChatInput))?.Id ?? NextRestId(),
                Type = c.Type ?? ApplicationCommandType.ChatInput,
                ApplicationId = Options.ApplicationId,
                GuildId = guildId,
                Version = NextRestId(),
            }),
        ];
    }

    private IEnumerable<Role> GuildRoles() =>
        [new Role { Id = Options.GuildId, Name = "@everyone", Permissions = 0x0000_0000_0006_4C00, Position = 0 }, .. _restRoles];

    private User BotUser() => new() { Id = Options.BotUserId, Username = Options.BotUsername, Bot = true };

    private ulong NextRestId() => (ulong)Interlocked.Increment(ref _restNextId);

    private static FakeRestResponse Fault(HttpResponse response, FakeRoute route, FakeFault fault)
    {
        if (fault.Status != 429)
        {
            return fault.Code is { } code
                ? Error(fault.Status, code, fault.Message ?? "Discord error", fault.ErrorsJson)
                : new FakeRestResponse(fault.Status);
        }

        var retryAfter = fault.RetryAfterSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        response.Headers["Retry-After"] = Math.Ceiling(fault.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture);
        var global = fault.Scope == FakeRateLimitScope.Global;
        if (global)
        {
            response.Headers["X-RateLimit-Global"] = "true";
            response.Headers["X-RateLimit-Scope"] = "global";
        }
        else
        {
            if (!response.Headers.ContainsKey("X-RateLimit-Bucket"))
                WriteBucketHeaders(response, route, 0, fault.RetryAfterSeconds);
            response.Headers["X-RateLimit-Scope"] = fault.Scope == FakeRateLimitScope.Shared ? "shared" : "user";
        }

        var body = $$"""{"message":"{{fault.Message ?? "You are being rate limited."}}","retry_after":{{retryAfter}},"global":{{(global ? "true" : "false")}}}""";
        return new FakeRestResponse(429, Encoding.UTF8.GetBytes(body));
    }

    private static void WriteBucketHeaders(HttpResponse response, FakeRoute route, int remaining, double resetAfterSeconds)
    {
        var resetAt = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0 + resetAfterSeconds;
        response.Headers["X-RateLimit-Bucket"] = route.BucketHash;
        response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset-After"] = resetAfterSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = resetAt.ToString("0.000", CultureInfo.InvariantCulture);
    }

    private static FakeRestResponse Error(int status, int code, string message, string? errorsJson = null)
    {
        var json = $$"""{"code":{{code}},"message":{{JsonSerializer.Serialize(message, DiscordJsonContext.Default.String)}}{{(errorsJson is null ? "" : ",\"errors\":" + errorsJson)}}}""";
        return new FakeRestResponse(status, Encoding.UTF8.GetBytes(json));
    }

    private static FakeRestResponse Json<T>(int status, T value, JsonTypeInfo<T> typeInfo) =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));

    private static ulong Id(Dictionary<string, string> values, string name) =>
        ulong.TryParse(values[name], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    /// <summary>Timestamp ticks as seconds, rounded up to the millisecond so a client that waits exactly that long is never early.</summary>
    private static double Seconds(long timestampTicks) =>
        Math.Ceiling(timestampTicks * 1000.0 / TimeProvider.System.TimestampFrequency) / 1000.0;

    private static async Task<IReadOnlyList<RecordedPart>> ReadMultipartAsync(string? contentType, byte[] body)
    {
        if (contentType is null || !contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
            return [];
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(contentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
            return [];

        var parts = new List<RecordedPart>();
        using var stream = new MemoryStream(body, writable: false);
        var reader = new MultipartReader(boundary, stream);
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = section.GetContentDispositionHeader();
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content);
            var fileName = disposition?.FileNameStar.HasValue == true
                ? disposition.FileNameStar.Value
                : HeaderUtilities.RemoveQuotes(disposition?.FileName ?? default).Value;
            parts.Add(new RecordedPart(
                HeaderUtilities.RemoveQuotes(disposition?.Name ?? default).Value ?? "",
                string.IsNullOrEmpty(fileName) ? null : fileName,
                section.ContentType,
                content.ToArray()));
        }

        return parts;
    }
}
