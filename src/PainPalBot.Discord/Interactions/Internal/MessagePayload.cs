using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>A message the handler wants sent, before the framework decides which route carries it.</summary>
internal readonly record struct MessagePayload(string? Content, Embed[]? Embeds, Component[]? Components, AllowedMentions? AllowedMentions, IReadOnlyList<FileAttachment>? Files, bool Ephemeral)
{
    public static MessagePayload Create(string? text, Embed[]? embeds, Embed? embed, bool ephemeral, AllowedMentions? allowedMentions, MessageComponent? components, IReadOnlyList<FileAttachment>? files)
    {
        if (text is { Length: > 2000 })
            throw new ArgumentException($"A message has at most 2000 characters; this one has {text.Length}.", nameof(text));
        var allEmbeds = embed is null ? embeds : embeds is null ? [embed] : [.. embeds, embed];
        if (allEmbeds is { Length: > 10 })
            throw new ArgumentException("A message has at most 10 embeds.", nameof(embeds));
        if (text is null && allEmbeds is null or { Length: 0 } && components is null && files is null or { Count: 0 })
            throw new ArgumentException("A message needs text, an embed, components or a file.", nameof(text));
        return new MessagePayload(text, allEmbeds, components?.ToArray(), allowedMentions, files, ephemeral);
    }

    public static MessagePayload FromProperties(MessageProperties properties)
    {
        var embeds = properties.Embed is null ? properties.Embeds?.ToArray() : [.. properties.Embeds ?? [], properties.Embed];
        return new MessagePayload(properties.Content, embeds, properties.Components?.ToArray(), properties.AllowedMentions, properties.Attachments, false);
    }

    public int? Flags => Ephemeral ? (int)MessageFlags.Ephemeral : null;

    public AttachmentReference[]? AttachmentReferences =>
        Files is { Count: > 0 } files ? [.. files.Select((f, i) => new AttachmentReference { Id = (ulong)i, Filename = f.FileName, Description = f.Description })] : null;

    public IReadOnlyList<FileAttachment>? FilesOrNull => Files is { Count: > 0 } ? Files : null;

    public InteractionCallbackData ToCallbackData() => new()
    {
        Content = Content,
        Embeds = Embeds,
        Components = Components,
        AllowedMentions = AllowedMentions,
        Attachments = AttachmentReferences,
        Flags = Flags,
    };

    public WebhookMessageRequest ToWebhookRequest() => new()
    {
        Content = Content,
        Embeds = Embeds,
        Components = Components,
        AllowedMentions = AllowedMentions,
        Attachments = AttachmentReferences,
        Flags = Flags,
    };
}
