using System.Net;

namespace PainPalBot.Modules.Resources;

/// <summary>
/// Checks that links still answer (the host's <c>--check-links</c> option runs it over the curated library when online).
/// HEAD first, then GET where a server refuses HEAD; redirects are followed by the <see cref="HttpClient"/>.
/// </summary>
public static class ResourceLinkChecker
{
    /// <summary>How long one link may take.</summary>
    public static readonly TimeSpan PerLinkTimeout = TimeSpan.FromSeconds(15);

    private const int Parallel = 4;

    /// <summary>Checks each link once; returns the failures in the order given (empty when all answered 2xx).</summary>
    public static async Task<IReadOnlyList<LinkCheckFailure>> CheckAsync(IEnumerable<Uri> urls, HttpClient http, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(http);
        var distinct = urls.Distinct().ToList();
        var results = new LinkCheckFailure?[distinct.Count];
        using var gate = new SemaphoreSlim(Parallel);
        var tasks = distinct.Select(async (url, i) =>
        {
            await gate.WaitAsync(ct);
            try
            {
                results[i] = await CheckOneAsync(url, http, ct);
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);
        return results.OfType<LinkCheckFailure>().ToList();
    }

    private static async Task<LinkCheckFailure?> CheckOneAsync(Uri url, HttpClient http, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(PerLinkTimeout);
        try
        {
            var status = await StatusAsync(http, HttpMethod.Head, url, timeout.Token);
            // Many servers refuse or mishandle HEAD; ask properly before calling a link dead.
            if (status is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
                status = await StatusAsync(http, HttpMethod.Get, url, timeout.Token);
            var code = (int)status;
            return code is >= 200 and < 300 ? null : new LinkCheckFailure(url, code, $"{code} {status}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new LinkCheckFailure(url, null, "timed out");
        }
        catch (HttpRequestException ex)
        {
            return new LinkCheckFailure(url, ex.StatusCode is { } s ? (int)s : null, ex.HttpRequestError.ToString());
        }
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, HttpMethod method, Uri url, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.UserAgent.ParseAdd("PainPalBot-LinkCheck/1.0");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        return response.StatusCode;
    }
}
