namespace PainPalBot.Modules.Resources;

/// <summary>A link that did not answer well.</summary>
/// <param name="Url">The link.</param>
/// <param name="StatusCode">The HTTP status, if the server answered.</param>
/// <param name="Reason">What went wrong, e.g. "404 Not Found" or "timed out".</param>
public sealed record LinkCheckFailure(Uri Url, int? StatusCode, string Reason);
