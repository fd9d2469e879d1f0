using System.Globalization;
using System.Text;
using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.Resources;

/// <summary>
/// How a page of resources looks: an embed of entries, Prev/Next and "Share here". The buttons carry the page,
/// the topic tag and the query itself (<c>res:p:2:sleep:qpacing</c>), so any page can be rebuilt without state.
/// </summary>
public static class ResourcePageView
{
    /// <summary>The paging buttons' custom id prefix.</summary>
    public const string PagePrefix = "res:p:";

    /// <summary>The share button's custom id prefix.</summary>
    public const string SharePrefix = "res:s:";

    /// <summary>The topic part of a custom id when there is no topic.</summary>
    public const string NoTopic = "all";

    // "res:p:" + page (3) + ":" + tag (≤ 20) + ":q" leaves at least 70 of Discord's 100 characters for the query.
    private const int MaxQueryInId = 70;

    /// <summary>The page as an embed (none when nothing matched).</summary>
    public static Embed[] Embeds(ResourcePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Items.Count == 0)
            return [];
        var text = new StringBuilder();
        var n = (page.Page - 1) * ResourceLimits.PageSize + 1;
        foreach (var item in page.Items)
        {
            if (text.Length > 0)
                text.Append("\n\n");
            text.Append("**").Append(n++).Append(". [").Append(item.Title.Replace("]", ")", StringComparison.Ordinal)).Append("](").Append(item.Url.AbsoluteUri).Append(")**\n")
                .Append(item.Summary).Append("\n*").Append(item.Origin == ResourceOrigin.Curated ? item.Source : "Added by this server's moderators");
            if (item.Reviewed is { } reviewed)
                text.Append(", reviewed ").Append(reviewed.ToString("MMM yyyy", CultureInfo.InvariantCulture));
            text.Append('*');
        }
        return [new EmbedBuilder()
            .WithTitle("Resources")
            .WithDescription(text.ToString())
            .WithFooter($"Page {page.Page} of {page.PageCount} · {page.TotalCount} found")
            .Build()];
    }

    /// <summary>Prev / Next (when there is more than one page) and "Share here" (when there is something to share).</summary>
    public static MessageComponent Components(ResourcePage page, string? topicTag, bool shareable = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        var builder = new ComponentBuilder();
        if (page.PageCount > 1)
        {
            builder.WithButton("Prev", Id(PagePrefix, page.Page - 1, topicTag, page.Query), ButtonStyle.Secondary, disabled: page.Page <= 1);
            builder.WithButton("Next", Id(PagePrefix, page.Page + 1, topicTag, page.Query), ButtonStyle.Secondary, disabled: page.Page >= page.PageCount);
        }
        if (shareable && page.Items.Count > 0)
            builder.WithButton("Share here", Id(SharePrefix, page.Page, topicTag, page.Query), ButtonStyle.Primary);
        return builder.Build();
    }

    /// <summary>A button id for a page of a search.</summary>
    public static string Id(string prefix, int page, string? topicTag, string? query)
    {
        var q = query ?? "";
        if (q.Length > MaxQueryInId)
            q = q[..MaxQueryInId];
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{Math.Max(page, 1)}:{topicTag ?? NoTopic}:q{q}");
    }

    /// <summary>Reads the topic and query parts of a button id back.</summary>
    public static (string? TopicTag, string? Query) Parse(string topic, string query)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(query);
        var q = query.StartsWith('q') ? query[1..] : query;
        return (topic == NoTopic ? null : topic, q.Length == 0 ? null : q);
    }
}
