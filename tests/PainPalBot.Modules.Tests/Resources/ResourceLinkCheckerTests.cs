using System.Net;
using System.Net.Sockets;
using PainPalBot.Modules.Resources;

namespace PainPalBot.Modules.Tests.Resources;

/// <summary>Checks links against a small HTTP server on 127.0.0.1; never the internet.</summary>
public sealed class ResourceLinkCheckerTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] Paths = ["ok", "gone", "head-refused", "moved", "broken", "ok"];

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _serving = Task.CompletedTask;
    private string _base = "";

    public Task InitializeAsync()
    {
        _base = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(_base);
        _listener.Start();
        _serving = ServeAsync();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Reports_dead_links_and_passes_live_ones()
    {
        using var http = new HttpClient();
        var urls = Paths.Select(p => new Uri(_base + p)).ToList();
        var closed = new Uri($"http://127.0.0.1:{FreePort()}/nobody-home");

        var failures = await ResourceLinkChecker.CheckAsync([.. urls, closed], http);

        Assert.Equal(3, failures.Count);
        Assert.Equal((_base + "gone", 404), (failures[0].Url.ToString(), failures[0].StatusCode));
        Assert.Equal((_base + "broken", 500), (failures[1].Url.ToString(), failures[1].StatusCode));
        Assert.Equal(closed, failures[2].Url);
        Assert.Null(failures[2].StatusCode);
    }

    [Fact]
    public async Task Nothing_to_check_means_no_failures()
    {
        using var http = new HttpClient();

        Assert.Empty(await ResourceLinkChecker.CheckAsync([], http));
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath.Trim('/');
            var response = context.Response;
            switch (path)
            {
                case "ok":
                    response.StatusCode = 200;
                    break;
                case "gone":
                    response.StatusCode = 404;
                    break;
                case "head-refused":
                    response.StatusCode = context.Request.HttpMethod == "HEAD" ? 405 : 200;
                    break;
                case "moved":
                    response.StatusCode = 302;
                    response.RedirectLocation = _base + "ok";
                    break;
                default:
                    response.StatusCode = 500;
                    break;
            }

            response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving;
        Dispose();
    }

    public void Dispose()
    {
        ((IDisposable)_listener).Dispose();
        _stop.Dispose();
    }
}
