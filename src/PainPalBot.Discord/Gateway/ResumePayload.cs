namespace PainPalBot.Discord.Gateway;

/// <summary>The <c>d</c> of op 6 RESUME (events/gateway-events#resume).</summary>
public sealed record ResumePayload
{
    /// <summary>The bot token. Never logged.</summary>
    public string Token { get; init; } = "";

    /// <summary>The session to resume.</summary>
    public string SessionId { get; init; } = "";

    /// <summary>The last sequence number received.</summary>
    public int? Seq { get; init; }

    /// <summary>Describes the payload with the token left out, so logging it by mistake leaks nothing.</summary>
    public override string ToString() => $"ResumePayload {{ Token = (hidden), SessionId = {SessionId}, Seq = {Seq} }}";
}
