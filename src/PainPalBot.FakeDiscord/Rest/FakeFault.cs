namespace PainPalBot.FakeDiscord;

/// <summary>An answer FakeDiscord gives instead of the normal one (see <see cref="FakeDiscord.FailNext"/>).</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Code">Discord's JSON error code, e.g. 50007.</param>
/// <param name="Message">Discord's error message.</param>
/// <param name="RetryAfterSeconds">For a 429: <c>retry_after</c>.</param>
/// <param name="Scope">For a 429: the rate-limit scope.</param>
/// <param name="ErrorsJson">For a 50035: the <c>errors</c> object, as JSON.</param>
public sealed record FakeFault(int Status, int? Code = null, string? Message = null, double RetryAfterSeconds = 0, FakeRateLimitScope? Scope = null, string? ErrorsJson = null)
{
    /// <summary>A 429 with <c>retry_after</c> and the given scope.</summary>
    public static FakeFault RateLimited(double retryAfterSeconds, FakeRateLimitScope scope = FakeRateLimitScope.User) =>
        new(429, null, "You are being rate limited.", retryAfterSeconds, scope);

    /// <summary>A 5xx with no Discord error body.</summary>
    public static FakeFault ServerError(int status = 500) => new(status);

    /// <summary>A Discord JSON error, e.g. <c>Error(403, 50007, "Cannot send messages to this user")</c>.</summary>
    public static FakeFault Error(int status, int code, string message = "Discord error", string? errorsJson = null) =>
        new(status, code, message, ErrorsJson: errorsJson);
}
