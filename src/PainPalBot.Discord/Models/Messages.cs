namespace PainPalBot.Discord.Models;

/// <summary>A message (resources/message), as much as the bot reads.</summary>
public sealed record Message
{
    public ulong Id { get; init; }
    public ulong ChannelId { get; init; }
    public ulong? GuildId { get; init; }
    public User Author { get; init; } = new();
    public GuildMember? Member { get; init; }
    public string Content { get; init; } = "";
    public DateTimeOffset Timestamp { get; init; }
    public Embed[] Embeds { get; init; } = [];
    public Component[] Components { get; init; } = [];
    public Attachment[] Attachments { get; init; } = [];
    public int? Flags { get; init; }
    /// <summary>Discord echoes the nonce as sent (string or integer); kept as text.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(NonceConverter))]
    public string? Nonce { get; init; }
    public ulong? WebhookId { get; init; }
    public MessageReference? MessageReference { get; init; }
}

/// <summary>Points at another message (replies, jump links).</summary>
public sealed record MessageReference
{
    public ulong? MessageId { get; init; }
    public ulong? ChannelId { get; init; }
    public ulong? GuildId { get; init; }
    public bool? FailIfNotExists { get; init; }
}

/// <summary>An uploaded file as Discord describes it.</summary>
public sealed record Attachment
{
    public ulong Id { get; init; }
    public string Filename { get; init; } = "";
    public string? Description { get; init; }
    public string? ContentType { get; init; }
    public int? Size { get; init; }
    public string? Url { get; init; }
    public string? ProxyUrl { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
}

/// <summary>A file to upload with a message or interaction response (sent as multipart <c>files[n]</c>).</summary>
public sealed record FileAttachment(string FileName, ReadOnlyMemory<byte> Content, string? Description = null, string ContentType = "application/octet-stream");

/// <summary>The <c>attachments</c> entry of a request that uploads files: <c>Id</c> is the file's index.</summary>
public sealed record AttachmentReference
{
    public ulong Id { get; init; }
    public string? Filename { get; init; }
    public string? Description { get; init; }
}

/// <summary>Which mentions in a message may ping. <see cref="None"/> is what echoed user text must carry.</summary>
public sealed record AllowedMentions
{
    /// <summary>Nothing pings: <c>{"parse": []}</c>.</summary>
    public static AllowedMentions None { get; } = new() { Parse = [] };

    /// <summary>Users, roles and everyone may ping.</summary>
    public static AllowedMentions All { get; } = new() { Parse = ["users", "roles", "everyone"] };

    public string[]? Parse { get; init; }
    public ulong[]? Users { get; init; }
    public ulong[]? Roles { get; init; }
    public bool? RepliedUser { get; init; }
}

/// <summary>Message flags the bot uses.</summary>
[Flags]
public enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,
    Ephemeral = 1 << 6,
    SuppressNotifications = 1 << 12,
    IsComponentsV2 = 1 << 15,
}
