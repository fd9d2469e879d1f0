using Microsoft.Extensions.Configuration;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.Resources;

namespace PainPalBot;

/// <summary><c>--check-links</c>: reports dead links in the curated resources (run it online, e.g. before a release).</summary>
public static class LinkCheckCommand
{
    /// <summary>The command-line switch.</summary>
    public const string Switch = "--check-links";

    /// <summary>Checks every curated link; prints one line per dead link and a total. Exit code 0 when all answer, 1 otherwise.</summary>
    public static async Task<int> RunAsync(IConfiguration config, TextWriter output, HttpMessageHandler? handler = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(output);
        var options = config.GetSection(ResourceOptions.SectionName).Get<ResourceOptions>() ?? new ResourceOptions();
        var catalog = ResourceCatalog.Load(options.ResolveResourcesFile());
        using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.DefaultRequestHeaders.UserAgent.ParseAdd(DiscordRestClient.UserAgentValue);

        var urls = catalog.Urls.Distinct().ToList();
        var failures = await ResourceLinkChecker.CheckAsync(urls, http, ct);
        foreach (var failure in failures)
            await output.WriteLineAsync($"DEAD {failure.Url} ({(failure.StatusCode is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no answer")}: {failure.Reason})");
        await output.WriteLineAsync($"{urls.Count} links checked, {failures.Count} dead.");
        return failures.Count == 0 ? 0 : 1;
    }
}
