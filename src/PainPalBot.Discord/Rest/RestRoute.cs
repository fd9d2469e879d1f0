namespace PainPalBot.Discord.Rest;

/// <summary>
/// One REST call's address: the real path (may carry an interaction token, so never logged), the
/// template that is safe to log, and the major parameter that splits Discord's rate-limit buckets.
/// </summary>
internal readonly record struct RestRoute(HttpMethod Method, string Template, string Path, string MajorParameter, bool ExemptFromGlobalLimit)
{
    /// <summary>The method and template, e.g. <c>POST /channels/{channel_id}/messages</c>: the key a bucket is learned under.</summary>
    public string Key => string.Concat(Method.Method, " ", Template);

    public static RestRoute Get(string template, string path, string major = "") => new(HttpMethod.Get, template, path, major, false);

    public static RestRoute Post(string template, string path, string major = "") => new(HttpMethod.Post, template, path, major, false);

    public static RestRoute Put(string template, string path, string major = "") => new(HttpMethod.Put, template, path, major, false);

    public static RestRoute Patch(string template, string path, string major = "") => new(HttpMethod.Patch, template, path, major, false);

    public static RestRoute Delete(string template, string path, string major = "") => new(HttpMethod.Delete, template, path, major, false);

    /// <summary>A route on an interaction or interaction webhook: Discord leaves these out of the global limit.</summary>
    public RestRoute AsInteraction() => this with { ExemptFromGlobalLimit = true };
}
