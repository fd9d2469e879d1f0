using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Rest;

/// <summary>
/// <see cref="IDiscordRestClient"/> over one <see cref="HttpClient"/>. Requests wait in order per
/// rate-limit bucket (learned from <c>X-RateLimit-*</c> headers, split by major parameter) and
/// under the global limit; 429s are honoured and retried a bounded number of times; 5xx and
/// network failures are retried only where repeating the request cannot duplicate anything.
/// </summary>
public sealed class DiscordRestClient : IDiscordRestClient, IDisposable
{
    private const string ProjectUrl = "https://github.com/painpalbot/painpalbot";
    private static readonly TimeSpan BucketIdleLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);
    private static readonly string UserAgent = BuildUserAgent();

    private readonly HttpClient _http;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly GlobalRateLimiter _global;
    private readonly Lock _bucketLock = new();
    private readonly Dictionary<(string Method, string Id, string Major), RateLimitBucket> _buckets = [];
    private readonly Dictionary<(string Method, string Template), string> _routeHashes = [];
    private long _lastPrune;

    /// <summary>Creates a client from the <c>Discord</c> options, with its own connection pool.</summary>
    public DiscordRestClient(IOptions<DiscordOptions> options, TimeProvider? time = null, ILogger<DiscordRestClient>? log = null)
        : this(options?.Value!, CreateHandler(), time, log)
    {
    }

    /// <summary>Creates a client over a given handler (tests put a fault-injecting handler here).</summary>
    internal DiscordRestClient(DiscordOptions options, HttpMessageHandler handler, TimeProvider? time, ILogger? log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(handler);
        if (string.IsNullOrWhiteSpace(options.Token))
            throw new ArgumentException("Discord:Token is not set.", nameof(options));

        _options = options;
        _time = time ?? TimeProvider.System;
        _log = log ?? NullLogger.Instance;
        _global = new GlobalRateLimiter(options.GlobalRequestsPerSecond, _time);
        _lastPrune = _time.GetTimestamp();

        var baseUrl = options.ApiBaseUrl.AbsoluteUri;
        _http = new HttpClient(handler, disposeHandler: true)
        {
            BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"),
            Timeout = options.RestTimeout,
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
    }

    /// <summary>The <c>User-Agent</c> Discord asks bots to send: <c>DiscordBot ($url, $versionNumber)</c>.</summary>
    public static string UserAgentValue => UserAgent;

    // ----- Application and gateway

    /// <inheritdoc />
    public Task<Application> GetCurrentApplicationAsync(CancellationToken ct = default) =>
        SendRequiredAsync(RestRoute.Get("/applications/@me", "applications/@me"), null, DiscordJsonContext.Default.Application, ct);

    /// <inheritdoc />
    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct = default) =>
        SendRequiredAsync(RestRoute.Get("/gateway/bot", "gateway/bot"), null, DiscordJsonContext.Default.GatewayBotInfo, ct);

    // ----- Application commands

    /// <inheritdoc />
    public Task<ApplicationCommand[]> GetGlobalApplicationCommandsAsync(ulong applicationId, CancellationToken ct = default) =>
        SendRequiredAsync(RestRoute.Get("/applications/{application_id}/commands", $"applications/{applicationId}/commands"),
            null, DiscordJsonContext.Default.ApplicationCommandArray, ct);

    /// <inheritdoc />
    public async Task<ApplicationCommand[]> BulkOverwriteGlobalApplicationCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(commands);
        using var payload = RequestPayload.Create(AsArray(commands), DiscordJsonContext.Default.ApplicationCommandArray);
        return await SendRequiredAsync(RestRoute.Put("/applications/{application_id}/commands", $"applications/{applicationId}/commands"),
            payload, DiscordJsonContext.Default.ApplicationCommandArray, ct);
    }

    /// <inheritdoc />
    public async Task<ApplicationCommand[]> BulkOverwriteGuildApplicationCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(commands);
        using var payload = RequestPayload.Create(AsArray(commands), DiscordJsonContext.Default.ApplicationCommandArray);
        return await SendRequiredAsync(
            RestRoute.Put("/applications/{application_id}/guilds/{guild_id}/commands", $"applications/{applicationId}/guilds/{guildId}/commands", Major(guildId)),
            payload, DiscordJsonContext.Default.ApplicationCommandArray, ct);
    }

    // ----- Interactions (exempt from the global limit)

    /// <inheritdoc />
    public async Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(response);
        if (files is { Count: > 0 } && response.Data?.Attachments is null)
            response = response with { Data = (response.Data ?? new InteractionCallbackData()) with { Attachments = RequestPayload.AttachmentsFor(files) } };
        using var payload = RequestPayload.Create(response, DiscordJsonContext.Default.InteractionResponse, files);
        var route = RestRoute.Post("/interactions/{interaction_id}/{interaction_token}/callback",
            $"interactions/{interactionId}/{Uri.EscapeDataString(interactionToken)}/callback", Major(interactionId)).AsInteraction();
        await SendAsync<JsonElement>(route, payload, null, nullOnNotFound: false, safeToRepeat: false, ct);
    }

    /// <inheritdoc />
    public Task<Message?> GetOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct = default) =>
        SendAsync(WebhookRoute(HttpMethod.Get, "/webhooks/{application_id}/{interaction_token}/messages/@original", applicationId, interactionToken, "/messages/@original"),
            null, DiscordJsonContext.Default.Message, nullOnNotFound: true, safeToRepeat: true, ct);

    /// <inheritdoc />
    public async Task<Message> EditOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, WebhookMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default)
    {
        using var payload = WebhookPayload(request, files);
        return await SendRequiredAsync(
            WebhookRoute(HttpMethod.Patch, "/webhooks/{application_id}/{interaction_token}/messages/@original", applicationId, interactionToken, "/messages/@original"),
            payload, DiscordJsonContext.Default.Message, ct);
    }

    /// <inheritdoc />
    public Task DeleteOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct = default) =>
        SendAsync<JsonElement>(WebhookRoute(HttpMethod.Delete, "/webhooks/{application_id}/{interaction_token}/messages/@original", applicationId, interactionToken, "/messages/@original"),
            null, null, nullOnNotFound: false, safeToRepeat: true, ct);

    /// <inheritdoc />
    public async Task<Message> CreateFollowupMessageAsync(ulong applicationId, string interactionToken, WebhookMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default)
    {
        using var payload = WebhookPayload(request, files);
        return await SendRequiredAsync(
            WebhookRoute(HttpMethod.Post, "/webhooks/{application_id}/{interaction_token}", applicationId, interactionToken, ""),
            payload, DiscordJsonContext.Default.Message, ct);
    }

    /// <inheritdoc />
    public async Task<Message> EditFollowupMessageAsync(ulong applicationId, string interactionToken, ulong messageId, WebhookMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default)
    {
        using var payload = WebhookPayload(request, files);
        return await SendRequiredAsync(
            WebhookRoute(HttpMethod.Patch, "/webhooks/{application_id}/{interaction_token}/messages/{message_id}", applicationId, interactionToken, $"/messages/{messageId}"),
            payload, DiscordJsonContext.Default.Message, ct);
    }

    // ----- Channels and messages

    /// <inheritdoc />
    public async Task<Channel> CreateDmAsync(ulong recipientId, CancellationToken ct = default)
    {
        using var payload = RequestPayload.Create(new CreateDmRequest(recipientId), DiscordJsonContext.Default.CreateDmRequest);
        // Opening a DM that already exists returns the same channel, so a retry is harmless.
        return await SendRequiredAsync(RestRoute.Post("/users/@me/channels", "users/@me/channels"), payload, DiscordJsonContext.Default.Channel, ct, safeToRepeat: true);
    }

    /// <inheritdoc />
    public Task<Channel?> GetChannelAsync(ulong channelId, CancellationToken ct = default) =>
        SendAsync(RestRoute.Get("/channels/{channel_id}", $"channels/{channelId}", Major(channelId)),
            null, DiscordJsonContext.Default.Channel, nullOnNotFound: true, safeToRepeat: true, ct);

    /// <inheritdoc />
    public async Task<Message> CreateMessageAsync(ulong channelId, CreateMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (files is { Count: > 0 } && request.Attachments is null)
            request = request with { Attachments = RequestPayload.AttachmentsFor(files) };
        // With enforce_nonce Discord answers a repeat with the message it already made, so only then is a retry safe.
        var safe = request.EnforceNonce == true && !string.IsNullOrEmpty(request.Nonce);
        using var payload = RequestPayload.Create(request, DiscordJsonContext.Default.CreateMessageRequest, files);
        return await SendRequiredAsync(RestRoute.Post("/channels/{channel_id}/messages", $"channels/{channelId}/messages", Major(channelId)),
            payload, DiscordJsonContext.Default.Message, ct, safe);
    }

    /// <inheritdoc />
    public async Task<Message> EditMessageAsync(ulong channelId, ulong messageId, EditMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (files is { Count: > 0 } && request.Attachments is null)
            request = request with { Attachments = RequestPayload.AttachmentsFor(files) };
        using var payload = RequestPayload.Create(request, DiscordJsonContext.Default.EditMessageRequest, files);
        return await SendRequiredAsync(
            RestRoute.Patch("/channels/{channel_id}/messages/{message_id}", $"channels/{channelId}/messages/{messageId}", Major(channelId)),
            payload, DiscordJsonContext.Default.Message, ct);
    }

    /// <inheritdoc />
    public Task DeleteMessageAsync(ulong channelId, ulong messageId, CancellationToken ct = default) =>
        SendAsync<JsonElement>(RestRoute.Delete("/channels/{channel_id}/messages/{message_id}", $"channels/{channelId}/messages/{messageId}", Major(channelId)),
            null, null, nullOnNotFound: false, safeToRepeat: true, ct);

    /// <inheritdoc />
    public async Task<Channel> StartThreadFromMessageAsync(ulong channelId, ulong messageId, StartThreadRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var payload = RequestPayload.Create(request, DiscordJsonContext.Default.StartThreadRequest);
        return await SendRequiredAsync(
            RestRoute.Post("/channels/{channel_id}/messages/{message_id}/threads", $"channels/{channelId}/messages/{messageId}/threads", Major(channelId)),
            payload, DiscordJsonContext.Default.Channel, ct);
    }

    // ----- Guilds

    /// <inheritdoc />
    public Task<Guild?> GetGuildAsync(ulong guildId, CancellationToken ct = default) =>
        SendAsync(RestRoute.Get("/guilds/{guild_id}", $"guilds/{guildId}", Major(guildId)),
            null, DiscordJsonContext.Default.Guild, nullOnNotFound: true, safeToRepeat: true, ct);

    /// <inheritdoc />
    public Task<GuildMember?> GetGuildMemberAsync(ulong guildId, ulong userId, CancellationToken ct = default) =>
        SendAsync(RestRoute.Get("/guilds/{guild_id}/members/{user_id}", $"guilds/{guildId}/members/{userId}", Major(guildId)),
            null, DiscordJsonContext.Default.GuildMember, nullOnNotFound: true, safeToRepeat: true, ct);

    /// <inheritdoc />
    public Task<Role[]> GetGuildRolesAsync(ulong guildId, CancellationToken ct = default) =>
        SendRequiredAsync(RestRoute.Get("/guilds/{guild_id}/roles", $"guilds/{guildId}/roles", Major(guildId)),
            null, DiscordJsonContext.Default.RoleArray, ct, safeToRepeat: true);

    /// <summary>Closes the connection pool.</summary>
    public void Dispose()
    {
        _http.Dispose();
        _global.Dispose();
    }

    // ----- The pipeline

    private async Task<T> SendRequiredAsync<T>(RestRoute route, RequestPayload? payload, JsonTypeInfo<T> responseType, CancellationToken ct, bool? safeToRepeat = null)
    {
        var safe = safeToRepeat ?? (route.Method == HttpMethod.Get || route.Method == HttpMethod.Put || route.Method == HttpMethod.Delete);
        var result = await SendAsync(route, payload, responseType, nullOnNotFound: false, safe, ct);
        return result ?? throw new DiscordApiException(HttpStatusCode.OK, null, "Discord answered with an empty body.", null, route.Method.Method, route.Template);
    }

    private async Task<T?> SendAsync<T>(RestRoute route, RequestPayload? payload, JsonTypeInfo<T>? responseType, bool nullOnNotFound, bool safeToRepeat, CancellationToken ct)
    {
        var bucket = RentBucket(route);
        try
        {
            await bucket.Gate.WaitAsync(ct);
            try
            {
                var rateLimitRetries = 0;
                var failureRetries = 0;
                while (true)
                {
                    await WaitForBucketAsync(route, bucket, ct);
                    GlobalSlot? slot = route.ExemptFromGlobalLimit ? null : await _global.AcquireAsync(ct);

                    var started = _time.GetTimestamp();
                    HttpResponseMessage response;
                    try
                    {
                        try
                        {
                            using var request = new HttpRequestMessage(route.Method, route.Path) { Content = payload?.CreateContent() };
                            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                        }
                        finally
                        {
                            if (slot is { } sent)
                                _global.Complete(sent);
                        }
                    }
                    catch (Exception ex) when (IsTransportFailure(ex, ct) && safeToRepeat && failureRetries < _options.RestMaxRetries)
                    {
                        var delay = Backoff(failureRetries++);
                        RestLog.RetryingTransportError(_log, route.Method.Method, route.Template, ex.GetType().Name, (long)delay.TotalMilliseconds, failureRetries);
                        await Task.Delay(delay, _time, ct);
                        continue;
                    }

                    using (response)
                    {
                        var status = (int)response.StatusCode;
                        var elapsedMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
                        RestLog.Answered(_log, route.Method.Method, route.Template, status, elapsedMs);
                        UpdateBucket(route, bucket, response);

                        if (response.IsSuccessStatusCode)
                        {
                            if (responseType is null || response.StatusCode == HttpStatusCode.NoContent)
                                return default;
                            return await response.Content.ReadFromJsonAsync(responseType, ct);
                        }

                        if (response.StatusCode == HttpStatusCode.TooManyRequests)
                        {
                            var error = await ReadErrorAsync(response, ct);
                            if (rateLimitRetries >= _options.RestMaxRateLimitRetries)
                                throw Failure(route, response.StatusCode, error);
                            rateLimitRetries++;
                            HonourTooManyRequests(route, bucket, response, error, rateLimitRetries);
                            continue;
                        }

                        if (response.StatusCode == HttpStatusCode.NotFound && nullOnNotFound)
                            return default;

                        if (status >= 500 && safeToRepeat && failureRetries < _options.RestMaxRetries)
                        {
                            var delay = Backoff(failureRetries++);
                            RestLog.RetryingServerError(_log, route.Method.Method, route.Template, status, (long)delay.TotalMilliseconds, failureRetries);
                            await Task.Delay(delay, _time, ct);
                            continue;
                        }

                        // 401 and 403 land here on the first answer: repeating them only spends the invalid-request budget.
                        var failure = await ReadErrorAsync(response, ct);
                        throw Failure(route, response.StatusCode, failure);
                    }
                }
            }
            finally
            {
                bucket.Gate.Release();
            }
        }
        finally
        {
            ReturnBucket(bucket);
        }
    }

    private async ValueTask WaitForBucketAsync(RestRoute route, RateLimitBucket bucket, CancellationToken ct)
    {
        while (bucket.Remaining == 0)
        {
            var now = _time.GetTimestamp();
            if (bucket.ResetAt <= now)
                return;
            var delay = Ticks(bucket.ResetAt - now) + TimeSpan.FromMilliseconds(1);
            RestLog.WaitingForBucket(_log, route.Method.Method, route.Template, (long)delay.TotalMilliseconds);
            await Task.Delay(delay, _time, ct);
        }
    }

    private void UpdateBucket(RestRoute route, RateLimitBucket bucket, HttpResponseMessage response)
    {
        var headers = response.Headers.NonValidated;
        if (headers.TryGetValues("X-RateLimit-Remaining", out var remainingValues)
            && int.TryParse(remainingValues.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining))
        {
            bucket.Remaining = remaining;
            if (TryReadSeconds(headers, "X-RateLimit-Reset-After", out var resetAfter))
                bucket.ResetAt = _time.GetTimestamp() + Timestamp(resetAfter);
        }

        if (headers.TryGetValues("X-RateLimit-Bucket", out var hashValues) && hashValues.ToString() is { Length: > 0 } hash)
            LearnBucketHash(route, bucket, hash);
    }

    private void HonourTooManyRequests(RestRoute route, RateLimitBucket bucket, HttpResponseMessage response, DiscordError? error, int attempt)
    {
        var headers = response.Headers.NonValidated;
        var scope = headers.TryGetValues("X-RateLimit-Scope", out var scopeValues) ? scopeValues.ToString() : "";
        var global = error?.Global == true || scope == "global"
            || (headers.TryGetValues("X-RateLimit-Global", out var globalValues) && string.Equals(globalValues.ToString(), "true", StringComparison.OrdinalIgnoreCase));

        TimeSpan retryAfter;
        if (error?.RetryAfter is { } bodySeconds and >= 0)
            retryAfter = TimeSpan.FromSeconds(bodySeconds);
        else if (TryReadSeconds(headers, "Retry-After", out var headerRetry) || TryReadSeconds(headers, "X-RateLimit-Reset-After", out headerRetry))
            retryAfter = headerRetry;
        else
            retryAfter = TimeSpan.FromSeconds(1);

        if (global && !route.ExemptFromGlobalLimit)
        {
            _global.PauseFor(retryAfter);
        }
        else
        {
            // A route, user or shared limit: this bucket (which holds its queue) waits it out.
            var until = _time.GetTimestamp() + Timestamp(retryAfter);
            bucket.Remaining = 0;
            bucket.ResetAt = Math.Max(bucket.ResetAt, until);
        }

        RestLog.RateLimited(_log, route.Method.Method, route.Template, global ? "global" : scope.Length > 0 ? scope : "user", (long)retryAfter.TotalMilliseconds, attempt);
    }

    private static async Task<DiscordError?> ReadErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.Content.Headers.ContentType?.MediaType is not "application/json")
            return null;
        try
        {
            return await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.DiscordError, ct);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private DiscordApiException Failure(RestRoute route, HttpStatusCode status, DiscordError? error)
    {
        int? code = error is { Code: not 0 } ? error.Code : null;
        var level = (int)status is >= 400 and < 500 and not 401 and not 429 ? LogLevel.Debug : LogLevel.Warning;
        RestLog.Failed(_log, level, route.Method.Method, route.Template, (int)status, code);
        return new DiscordApiException(status, code, error?.Message, error?.Errors, route.Method.Method, route.Template);
    }

    // ----- Buckets

    private RateLimitBucket RentBucket(RestRoute route)
    {
        lock (_bucketLock)
        {
            PruneIdleBuckets();
            var key = _routeHashes.TryGetValue((route.Method.Method, route.Template), out var hash)
                ? ("", hash, route.MajorParameter)
                : (route.Method.Method, route.Template, route.MajorParameter);
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                bucket = new RateLimitBucket();
                _buckets.Add(key, bucket);
            }

            bucket.Users++;
            return bucket;
        }
    }

    private void ReturnBucket(RateLimitBucket bucket)
    {
        lock (_bucketLock)
        {
            bucket.Users--;
            bucket.LastUsed = _time.GetTimestamp();
        }
    }

    /// <summary>Routes Discord reports under one hash share a bucket; later requests on this route find it by the hash.</summary>
    private void LearnBucketHash(RestRoute route, RateLimitBucket bucket, string hash)
    {
        lock (_bucketLock)
        {
            var routeKey = (route.Method.Method, route.Template);
            if (_routeHashes.TryGetValue(routeKey, out var known) && known == hash)
                return;
            _routeHashes[routeKey] = hash;
            _buckets.TryAdd(("", hash, route.MajorParameter), bucket);
        }
    }

    /// <summary>Every interaction token makes a bucket of its own; forget those nobody has used for a while.</summary>
    private void PruneIdleBuckets()
    {
        var now = _time.GetTimestamp();
        if (Ticks(now - _lastPrune) < PruneEvery)
            return;
        _lastPrune = now;
        List<(string, string, string)>? idle = null;
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.Users == 0 && bucket.ResetAt <= now && Ticks(now - bucket.LastUsed) > BucketIdleLifetime)
                (idle ??= []).Add(key);
        }

        if (idle is null)
            return;
        foreach (var key in idle)
            _buckets.Remove(key);
    }

    // ----- Small pieces

    private static RequestPayload WebhookPayload(WebhookMessageRequest request, IReadOnlyList<FileAttachment>? files)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (files is { Count: > 0 } && request.Attachments is null)
            request = request with { Attachments = RequestPayload.AttachmentsFor(files) };
        return RequestPayload.Create(request, DiscordJsonContext.Default.WebhookMessageRequest, files);
    }

    private static RestRoute WebhookRoute(HttpMethod method, string template, ulong applicationId, string interactionToken, string suffix)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        var path = string.Concat($"webhooks/{applicationId}/", Uri.EscapeDataString(interactionToken), suffix);
        // The webhook's major parameter is its id and token together; the token is unique per interaction.
        return new RestRoute(method, template, path, interactionToken, ExemptFromGlobalLimit: true);
    }

    private static ApplicationCommand[] AsArray(IReadOnlyList<ApplicationCommand> commands) =>
        commands as ApplicationCommand[] ?? [.. commands];

    private static string Major(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static bool IsTransportFailure(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested);

    private TimeSpan Backoff(int attempt) => _options.RestRetryDelay * Math.Pow(2, attempt);

    private TimeSpan Ticks(long timestampTicks) => TimeSpan.FromSeconds((double)timestampTicks / _time.TimestampFrequency);

    private long Timestamp(TimeSpan span) => (long)Math.Ceiling(span.TotalSeconds * _time.TimestampFrequency);

    private static bool TryReadSeconds(HttpHeadersNonValidated headers, string name, out TimeSpan value)
    {
        if (headers.TryGetValues(name, out var values)
            && double.TryParse(values.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            value = TimeSpan.FromSeconds(seconds);
            return true;
        }

        value = default;
        return false;
    }

    private static SocketsHttpHandler CreateHandler() => new()
    {
        // Re-resolve DNS now and then; Discord moves behind its CDN.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.All,
    };

    private static string BuildUserAgent()
    {
        var assembly = typeof(DiscordRestClient).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
            version = version[..plus];
        return $"DiscordBot ({ProjectUrl}, {version})";
    }
}
