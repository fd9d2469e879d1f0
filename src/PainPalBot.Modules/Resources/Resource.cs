namespace PainPalBot.Modules.Resources;

/// <summary>One library entry, curated or added by a server, as shown to people.</summary>
/// <param name="Id">Stable id: <c>c:slug</c> for curated entries, the LiteDB id for a server's.</param>
/// <param name="Title">Short title (at most 100 characters).</param>
/// <param name="Url">An https link.</param>
/// <param name="Summary">One line on what it offers (at most 300 characters).</param>
/// <param name="Tags">Lower-case topics, at most five.</param>
/// <param name="Region">Where it applies: an ISO country code, "global", or "server".</param>
/// <param name="Source">The organisation behind it, or the server for a server's entries.</param>
/// <param name="Reviewed">When a curator last reviewed it; null for a server's entries.</param>
/// <param name="Origin">Curated or added by the server.</param>
public sealed record Resource(
    string Id,
    string Title,
    Uri Url,
    string Summary,
    IReadOnlyList<string> Tags,
    string Region,
    string Source,
    DateOnly? Reviewed,
    ResourceOrigin Origin);
