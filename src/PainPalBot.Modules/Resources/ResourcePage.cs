namespace PainPalBot.Modules.Resources;

/// <summary>One page of search results, best match first.</summary>
/// <param name="Query">The search words, if any.</param>
/// <param name="Topic">The topic filter, if any.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="PageCount">How many pages there are (at least 1).</param>
/// <param name="TotalCount">How many entries matched.</param>
/// <param name="Items">At most <see cref="ResourceLimits.PageSize"/> entries.</param>
/// <param name="Message">A line to show above the results, or a kind note when nothing matched.</param>
public sealed record ResourcePage(
    string? Query,
    string? Topic,
    int Page,
    int PageCount,
    int TotalCount,
    IReadOnlyList<Resource> Items,
    string Message);
