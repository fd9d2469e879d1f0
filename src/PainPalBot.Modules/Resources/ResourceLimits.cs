namespace PainPalBot.Modules.Resources;

/// <summary>Sizes every resource must fit (chosen to fit Discord embeds, choices and link buttons).</summary>
public static class ResourceLimits
{
    /// <summary>Longest title.</summary>
    public const int MaxTitleLength = 100;

    /// <summary>Longest summary.</summary>
    public const int MaxSummaryLength = 300;

    /// <summary>Most tags on one entry.</summary>
    public const int MaxTags = 5;

    /// <summary>Longest tag.</summary>
    public const int MaxTagLength = 30;

    /// <summary>Longest link (Discord's link-button limit).</summary>
    public const int MaxUrlLength = 512;

    /// <summary>Entries per page of search results.</summary>
    public const int PageSize = 5;

    /// <summary>Most autocomplete suggestions Discord accepts.</summary>
    public const int MaxSuggestions = 25;
}
