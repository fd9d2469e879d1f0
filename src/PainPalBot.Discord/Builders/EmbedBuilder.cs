using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Builders;

/// <summary>Builds an <see cref="Embed"/> within Discord's limits (title 256, description 4096, 25 fields, total 6000).</summary>
public sealed class EmbedBuilder
{
    /// <summary>Longest title.</summary>
    public const int MaxTitleLength = 256;
    /// <summary>Longest description.</summary>
    public const int MaxDescriptionLength = 4096;
    /// <summary>Most fields.</summary>
    public const int MaxFieldCount = 25;
    /// <summary>Longest field name.</summary>
    public const int MaxFieldNameLength = 256;
    /// <summary>Longest field value.</summary>
    public const int MaxFieldValueLength = 1024;
    /// <summary>Longest footer text.</summary>
    public const int MaxFooterLength = 2048;
    /// <summary>Longest author name.</summary>
    public const int MaxAuthorNameLength = 256;
    /// <summary>Most characters across title, description, fields, footer and author.</summary>
    public const int MaxEmbedLength = 6000;

    private readonly List<EmbedField> _fields = [];
    private string? _title;
    private string? _description;
    private EmbedFooter? _footer;
    private EmbedAuthor? _author;

    /// <summary>The title.</summary>
    public string? Title
    {
        get => _title;
        set => _title = Checked(value, MaxTitleLength, "title");
    }

    /// <summary>The description.</summary>
    public string? Description
    {
        get => _description;
        set => _description = Checked(value, MaxDescriptionLength, "description");
    }

    /// <summary>The link of the title.</summary>
    public Uri? Url { get; set; }

    /// <summary>The colour of the side bar.</summary>
    public Color? Color { get; set; }

    /// <summary>The timestamp shown in the footer.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The big image (an https URL or <c>attachment://file.png</c>).</summary>
    public string? ImageUrl { get; set; }

    /// <summary>The small image at the top right.</summary>
    public string? ThumbnailUrl { get; set; }

    /// <summary>The fields so far.</summary>
    public IReadOnlyList<EmbedField> Fields => _fields;

    /// <summary>Sets the title.</summary>
    public EmbedBuilder WithTitle(string? title)
    {
        Title = title;
        return this;
    }

    /// <summary>Sets the description.</summary>
    public EmbedBuilder WithDescription(string? description)
    {
        Description = description;
        return this;
    }

    /// <summary>Sets the title link.</summary>
    public EmbedBuilder WithUrl(Uri? url)
    {
        Url = url;
        return this;
    }

    /// <summary>Sets the colour from 0xRRGGBB.</summary>
    public EmbedBuilder WithColor(uint color) => WithColor(new Color(color));

    /// <summary>Sets the colour.</summary>
    public EmbedBuilder WithColor(Color color)
    {
        Color = color;
        return this;
    }

    /// <summary>Sets the footer text and icon.</summary>
    public EmbedBuilder WithFooter(string text, string? iconUrl = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        _footer = new EmbedFooter { Text = Checked(text, MaxFooterLength, "footer")!, IconUrl = iconUrl };
        return this;
    }

    /// <summary>Sets the author line.</summary>
    public EmbedBuilder WithAuthor(string name, string? iconUrl = null, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        _author = new EmbedAuthor { Name = Checked(name, MaxAuthorNameLength, "author name")!, IconUrl = iconUrl, Url = url };
        return this;
    }

    /// <summary>Sets the big image (an https URL or <c>attachment://file.png</c> for an uploaded file).</summary>
    public EmbedBuilder WithImageUrl(string? url)
    {
        ImageUrl = url;
        return this;
    }

    /// <summary>Sets the thumbnail.</summary>
    public EmbedBuilder WithThumbnailUrl(string? url)
    {
        ThumbnailUrl = url;
        return this;
    }

    /// <summary>Sets the timestamp.</summary>
    public EmbedBuilder WithTimestamp(DateTimeOffset timestamp)
    {
        Timestamp = timestamp;
        return this;
    }

    /// <summary>Adds a field.</summary>
    public EmbedBuilder AddField(string name, string value, bool inline = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (_fields.Count >= MaxFieldCount)
            throw new InvalidOperationException($"An embed has at most {MaxFieldCount} fields.");
        _fields.Add(new EmbedField
        {
            Name = Checked(name, MaxFieldNameLength, "field name")!,
            Value = Checked(value, MaxFieldValueLength, "field value")!,
            Inline = inline ? true : null,
        });
        return this;
    }

    /// <summary>The characters Discord counts toward the 6000 total.</summary>
    public int Length
    {
        get
        {
            var length = (_title?.Length ?? 0) + (_description?.Length ?? 0) + (_footer?.Text.Length ?? 0) + (_author?.Name.Length ?? 0);
            foreach (var f in _fields)
                length += f.Name.Length + f.Value.Length;
            return length;
        }
    }

    /// <summary>Builds the embed; throws <see cref="InvalidOperationException"/> when it is empty or over 6000 characters.</summary>
    public Embed Build()
    {
        if (Length > MaxEmbedLength)
            throw new InvalidOperationException($"An embed has at most {MaxEmbedLength} characters in total; this one has {Length}.");
        return new Embed
        {
            Title = _title,
            Description = _description,
            Url = Url?.ToString(),
            Color = Color is { } c ? (int)c.RawValue : null,
            Timestamp = Timestamp,
            Footer = _footer,
            Author = _author,
            Image = ImageUrl is null ? null : new EmbedMedia { Url = ImageUrl },
            Thumbnail = ThumbnailUrl is null ? null : new EmbedMedia { Url = ThumbnailUrl },
            Fields = _fields.Count == 0 ? null : [.. _fields],
        };
    }

    private static string? Checked(string? value, int max, string what)
    {
        if (value is not null && value.Length > max)
            throw new ArgumentException($"An embed {what} has at most {max} characters; this one has {value.Length}.", nameof(value));
        return value;
    }
}
