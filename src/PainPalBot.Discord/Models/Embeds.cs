namespace PainPalBot.Discord.Models;

/// <summary>A rich embed (resources/message#embed-object). Build one with <c>EmbedBuilder</c>.</summary>
public sealed record Embed
{
    public string? Title { get; init; }
    public string? Type { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public int? Color { get; init; }
    public EmbedFooter? Footer { get; init; }
    public EmbedMedia? Image { get; init; }
    public EmbedMedia? Thumbnail { get; init; }
    public EmbedAuthor? Author { get; init; }
    public EmbedField[]? Fields { get; init; }
}

/// <summary>An embed's footer.</summary>
public sealed record EmbedFooter
{
    public string Text { get; init; } = "";
    public string? IconUrl { get; init; }
}

/// <summary>An embed's image or thumbnail; <c>attachment://name.png</c> refers to an uploaded file.</summary>
public sealed record EmbedMedia
{
    public string Url { get; init; } = "";
    public int? Width { get; init; }
    public int? Height { get; init; }
}

/// <summary>An embed's author line.</summary>
public sealed record EmbedAuthor
{
    public string Name { get; init; } = "";
    public string? Url { get; init; }
    public string? IconUrl { get; init; }
}

/// <summary>One name/value field of an embed.</summary>
public sealed record EmbedField
{
    public string Name { get; init; } = "";
    public string Value { get; init; } = "";
    public bool? Inline { get; init; }
}
