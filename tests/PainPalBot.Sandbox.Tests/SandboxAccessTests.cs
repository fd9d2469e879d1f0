using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace PainPalBot.Sandbox.Tests;

/// <summary>
/// Who may use the sandbox: only this computer's own names for it (a DNS-rebinding page calls it by its own
/// name), only its own page may change it, and only someone who opened the address it printed may read it.
/// Real HTTP against the real sandbox server on 127.0.0.1.
/// </summary>
public sealed class SandboxAccessTests : IAsyncLifetime, IDisposable
{
    private readonly string _storage = Path.Combine(Path.GetTempPath(), $"painpal-sandbox-{Guid.NewGuid():N}.db");
    // Cookies by hand and no redirects followed: each test sees exactly what the server answers.
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
    private SandboxServer _sandbox = null!;

    private int Port => _sandbox.PageUrl.Port;

    public async Task InitializeAsync() =>
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { Port = 0, StoragePath = _storage });

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/app.js")]
    [InlineData("GET", "/sandbox/api/state")]
    [InlineData("GET", "/sandbox/api/events")]
    [InlineData("GET", "/sandbox/attachments/1/export.json")]
    [InlineData("POST", "/sandbox/api/clock")]
    public async Task A_request_that_names_the_sandbox_by_any_other_host_is_refused_even_with_the_key(string method, string path)
    {
        var cookie = await KeyCookieAsync();
        string[] forged =
        [
            $"rebind.example:{Port}",            // a hostile page's own name, resolved to 127.0.0.1
            $"localhost.rebind.example:{Port}",
            $"localhost.:{Port}",
            $"127.0.0.1.nip.io:{Port}",
            $"localhost:{Port + 1}",              // the right name on another port is another server
            "localhost",                          // no port: port 80
            $"[::2]:{Port}",
        ];

        foreach (var host in forged)
        {
            using var request = Request(method, path, host, cookie);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

            Assert.True(response.StatusCode == HttpStatusCode.MisdirectedRequest, $"{method} {path} with Host {host} answered {(int)response.StatusCode}.");
            Assert.DoesNotContain("guild", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_sandbox_answers_to_localhost_127_0_0_1_and_ipv6_loopback_on_its_port()
    {
        var cookie = await KeyCookieAsync();
        foreach (var host in new[] { $"localhost:{Port}", $"LocalHost:{Port}", $"127.0.0.1:{Port}", $"[::1]:{Port}" })
        {
            using var request = Request("GET", "/sandbox/api/state", host, cookie);
            using var response = await _http.SendAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"Host {host} answered {(int)response.StatusCode}.");
            Assert.Contains("PainPal Sandbox", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_printed_address_carries_a_key_the_page_trades_for_a_strict_cookie()
    {
        Assert.StartsWith(_sandbox.PageUrl.AbsoluteUri + "?key=", _sandbox.OpenUrl.AbsoluteUri, StringComparison.Ordinal);

        using var open = Request("GET", _sandbox.OpenUrl.PathAndQuery, $"127.0.0.1:{Port}", cookie: null);
        using var opened = await _http.SendAsync(open);

        // Redirected to the bare page, so the key leaves the address bar (and screenshots of it).
        Assert.Equal(HttpStatusCode.SeeOther, opened.StatusCode);
        Assert.Equal("/", opened.Headers.Location?.OriginalString);
        var setCookie = Assert.Single(opened.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"painpal-sandbox-{Port}=", setCookie, StringComparison.Ordinal);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("GET", "/sandbox/api/state")]
    [InlineData("GET", "/sandbox/api/events")]
    [InlineData("GET", "/sandbox/attachments/1/export.json")]
    [InlineData("POST", "/sandbox/api/clock")]
    public async Task Without_this_runs_key_the_api_and_exports_are_refused(string method, string path)
    {
        var wrong = $"painpal-sandbox-{Port}=not-this-runs-key";
        foreach (var cookie in new[] { null, wrong })
        {
            using var request = Request(method, path, $"127.0.0.1:{Port}", cookie);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("?key=", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var wrongKey = Request("GET", "/?key=not-this-runs-key", $"127.0.0.1:{Port}", cookie: null);
        using var refused = await _http.SendAsync(wrongKey);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Only_the_sandbox_s_own_page_may_change_it()
    {
        var cookie = await KeyCookieAsync();
        var before = _sandbox.Clock.Offset;
        foreach (var origin in new[] { "http://rebind.example", $"http://rebind.example:{Port}", $"http://localhost:{Port + 1}", $"https://127.0.0.1:{Port}", "null" })
        {
            using var request = Request("POST", "/sandbox/api/clock", $"127.0.0.1:{Port}", cookie, origin);
            using var response = await _http.SendAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"Origin {origin} answered {(int)response.StatusCode}.");
        }
        Assert.Equal(before, _sandbox.Clock.Offset);

        using var own = Request("POST", "/sandbox/api/clock", $"127.0.0.1:{Port}", cookie, $"http://127.0.0.1:{Port}");
        using var accepted = await _http.SendAsync(own);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(before + TimeSpan.FromMinutes(5), _sandbox.Clock.Offset);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose()
    {
        _http.Dispose();
        File.Delete(_storage);
    }

    /// <summary>Opens the printed address as a browser would and returns the cookie it was given (name=value).</summary>
    private async Task<string> KeyCookieAsync()
    {
        using var open = Request("GET", _sandbox.OpenUrl.PathAndQuery, $"127.0.0.1:{Port}", cookie: null);
        using var opened = await _http.SendAsync(open);
        Assert.True(opened.Headers.TryGetValues("Set-Cookie", out var cookies), $"Opening the printed address answered {(int)opened.StatusCode} with no cookie.");
        return cookies.Single().Split(';')[0];
    }

    /// <summary>A request to the sandbox on 127.0.0.1 that says it is for <paramref name="host"/>.</summary>
    private HttpRequestMessage Request(string method, string pathAndQuery, string host, string? cookie, string? origin = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}{pathAndQuery}")));
        request.Headers.Host = host;
        if (cookie is not null)
            request.Headers.Add("Cookie", cookie);
        if (origin is not null)
            request.Headers.Add("Origin", origin);
        if (method == "POST")
            request.Content = new StringContent("""{"advanceMinutes":5}""", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        return request;
    }
}
