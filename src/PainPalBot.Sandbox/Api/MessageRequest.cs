namespace PainPalBot.Sandbox.Api;

/// <summary>Post a message as a person (<c>POST /sandbox/api/message</c>); the bot gets MESSAGE_CREATE.</summary>
public sealed record MessageRequest
{
    /// <summary>Who writes.</summary>
    public string UserId { get; init; } = "";

    /// <summary>Where.</summary>
    public string ChannelId { get; init; } = "";

    /// <summary>The text, 1–2000 characters.</summary>
    public string Content { get; init; } = "";
}
