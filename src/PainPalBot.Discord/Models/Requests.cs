namespace PainPalBot.Discord.Models;

/// <summary>POST /channels/{id}/messages. Set <see cref="Nonce"/> (≤ 25 chars) with <see cref="EnforceNonce"/> to make a retry safe.</summary>
public sealed record CreateMessageRequest
{
    public string? Content { get; init; }
    public string? Nonce { get; init; }
    public bool? EnforceNonce { get; init; }
    public bool? Tts { get; init; }
    public Embed[]? Embeds { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public MessageReference? MessageReference { get; init; }
    public Component[]? Components { get; init; }
    public AttachmentReference[]? Attachments { get; init; }
    public int? Flags { get; init; }
}

/// <summary>PATCH /channels/{id}/messages/{id}; null members are left unchanged.</summary>
public sealed record EditMessageRequest
{
    public string? Content { get; init; }
    public Embed[]? Embeds { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public Component[]? Components { get; init; }
    public AttachmentReference[]? Attachments { get; init; }
    public int? Flags { get; init; }
}

/// <summary>A followup (POST /webhooks/{app}/{token}) or an edit of the original response / a followup.</summary>
public sealed record WebhookMessageRequest
{
    public string? Content { get; init; }
    public Embed[]? Embeds { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public Component[]? Components { get; init; }
    public AttachmentReference[]? Attachments { get; init; }
    public int? Flags { get; init; }
}

/// <summary>POST /users/@me/channels.</summary>
public sealed record CreateDmRequest(ulong RecipientId);

/// <summary>POST /channels/{id}/messages/{id}/threads.</summary>
public sealed record StartThreadRequest
{
    public string Name { get; init; } = "";
    public int? AutoArchiveDuration { get; init; }
}

/// <summary>Discord's JSON error body: <c>{ code, message, errors }</c>, and on 429 <c>retry_after</c> and <c>global</c>.</summary>
public sealed record DiscordError
{
    public int Code { get; init; }
    public string Message { get; init; } = "";
    public System.Text.Json.JsonElement? Errors { get; init; }
    public double? RetryAfter { get; init; }
    public bool? Global { get; init; }
}
