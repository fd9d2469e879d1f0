using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using PainPalBot.Sandbox.Api;

namespace PainPalBot.Sandbox;

/// <summary>
/// Who may use the page: the first thing every request meets. Listening on loopback is not enough on its own:
/// a hostile web page whose name resolves to 127.0.0.1 (DNS rebinding) is same-origin with itself, so the
/// browser lets it read whatever the sandbox answers; and any program or person on this computer can connect.
/// So the sandbox answers only to its own names, lets only its own page change it, and gives its data only to a
/// browser that opened the address it printed, whose random key becomes a cookie.
/// </summary>
internal sealed class SandboxAccess
{
    /// <summary>The query parameter of the printed address that carries the key.</summary>
    public const string KeyParameter = "key";

    private const string KeyPrefix = "painpal-sandbox-";

    private static readonly string[] OwnHosts = ["localhost", "127.0.0.1", "[::1]"];

    private readonly byte[] _key;

    public SandboxAccess()
    {
        Key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        _key = Encoding.ASCII.GetBytes(Key);
    }

    /// <summary>This run's key: random, made at start, never logged.</summary>
    public string Key { get; }

    /// <summary>
    /// The cookie that carries the key. Cookies ignore ports, so its name has the port: two sandboxes on one
    /// computer do not overwrite each other's.
    /// </summary>
    public static string CookieName(int port) => string.Create(CultureInfo.InvariantCulture, $"{KeyPrefix}{port}");

    /// <summary>Refuses what is not the sandbox's own, then passes the rest on.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var port = context.Connection.LocalPort;

        // 421 Misdirected Request: this server is not the one for the name the request asked for (RFC 9110
        // §15.5.20), which is exactly a rebinding page's request. 403 would say the resource exists but is
        // forbidden; for that name nothing here exists. Nothing else is read first, not even the page.
        if (!IsOwnHost(request.Host, port))
        {
            await RefuseAsync(context, StatusCodes.Status421MisdirectedRequest, string.Create(CultureInfo.InvariantCulture,
                $"This sandbox answers only to localhost, 127.0.0.1 or [::1] on port {port}; open the address PainPalBot printed when it started."));
            return;
        }

        // A change must come from the page itself. Browsers send Origin with every POST; a program without one
        // still needs the key below.
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && request.Headers.Origin is { Count: > 0 } origin && !IsOwnOrigin(origin.ToString(), request.Host, port))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "Only the sandbox's own page can change it; this request came from another page. Nothing was changed.");
            return;
        }

        if (request.Path == "/" && request.Query.TryGetValue(KeyParameter, out var offered))
        {
            if (!IsKey(offered.ToString()))
            {
                await RefuseAsync(context, StatusCodes.Status403Forbidden, "That address is from another run of the sandbox: open the one PainPalBot printed when it started this time.");
                return;
            }

            // SameSite=Strict: no other site's page can make the browser send it; HttpOnly: no script reads it.
            context.Response.Cookies.Append(CookieName(port), Key, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
            context.Response.Headers.CacheControl = "no-store";
            // To the bare page, so the key leaves the address bar (and what is shared of it).
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = "/";
            return;
        }

        // The page's own files hold no data; its API, event stream and files (exports) need the key.
        if (request.Path.StartsWithSegments("/sandbox", StringComparison.Ordinal)
            && !(request.Cookies.TryGetValue(CookieName(port), out var cookie) && IsKey(cookie)))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden,
                $"This page needs this run's key: open the address PainPalBot printed when the sandbox started (it ends with ?{KeyParameter}=…).");
            return;
        }

        await next(context);
    }

    // Exactly one of the computer's own names for itself, on the port the request came in on: a browser only
    // sends these for an address the person typed or the sandbox printed, never for another site's name.
    private static bool IsOwnHost(HostString host, int port) =>
        host.HasValue
        && OwnHosts.Contains(host.Host, StringComparer.OrdinalIgnoreCase)
        && (host.Port ?? 80) == port;

    private static bool IsOwnOrigin(string origin, HostString host, int port) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttp
        && uri.AbsolutePath == "/"
        && string.Equals(uri.Host, host.Host, StringComparison.OrdinalIgnoreCase)
        && uri.Port == port;

    private bool IsKey(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), _key);

    // The API's refusals are its usual {"error": "…"}; a person who opened an address in a browser reads a sentence.
    private static Task RefuseAsync(HttpContext context, int status, string sentence) =>
        (context.Request.Path.StartsWithSegments("/sandbox", StringComparison.Ordinal)
            ? Results.Json(new SandboxError(sentence), SandboxJsonContext.Default.SandboxError, statusCode: status)
            : Results.Text(sentence, "text/plain; charset=utf-8", statusCode: status)).ExecuteAsync(context);
}
