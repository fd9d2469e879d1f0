namespace PainPalBot.Discord.Gateway;

/// <summary>The <c>d</c> of op 2 IDENTIFY (events/gateway-events#identify).</summary>
public sealed record IdentifyPayload
{
    /// <summary>The bot token. Never logged.</summary>
    public string Token { get; init; } = "";

    /// <summary>The intents asked for.</summary>
    public GatewayIntents Intents { get; init; }

    /// <summary>Who is connecting.</summary>
    public IdentifyConnectionProperties Properties { get; init; } = new();

    /// <summary>[shard id, shard count].</summary>
    public int[]? Shard { get; init; }

    /// <summary>Member count above which offline members are left out of GUILD_CREATE (50–250).</summary>
    public int? LargeThreshold { get; init; }

    /// <summary>Describes the payload with the token left out, so logging it by mistake leaks nothing.</summary>
    public override string ToString() =>
        $"IdentifyPayload {{ Token = (hidden), Intents = {(int)Intents}, Shard = [{string.Join(", ", Shard ?? [])}] }}";
}
