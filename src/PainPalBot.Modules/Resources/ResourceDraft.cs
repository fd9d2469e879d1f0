namespace PainPalBot.Modules.Resources;

/// <summary>What a moderator typed for a new or edited entry; checked by <see cref="ResourceService"/>.</summary>
/// <param name="Title">Title (at most 100 characters).</param>
/// <param name="Url">Link; must start with https://.</param>
/// <param name="Summary">One line (at most 300 characters).</param>
/// <param name="Tags">Up to five tags of up to 30 characters, e.g. typed comma-separated.</param>
public sealed record ResourceDraft(string? Title, string? Url, string? Summary, IReadOnlyList<string>? Tags = null);
