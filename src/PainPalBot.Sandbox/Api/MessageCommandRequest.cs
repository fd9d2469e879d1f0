namespace PainPalBot.Sandbox.Api;

/// <summary>Use a message command from a message's Apps menu (<c>POST /sandbox/api/message-command</c>).</summary>
public sealed record MessageCommandRequest
{
    /// <summary>Who uses it.</summary>
    public string UserId { get; init; } = "";

    /// <summary>The message it is used on.</summary>
    public string MessageId { get; init; } = "";

    /// <summary>The message command's name, as registered (e.g. "Ask mods to check in").</summary>
    public string Name { get; init; } = "";
}
