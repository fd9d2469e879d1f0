namespace PainPalBot.FakeDiscord;

/// <summary>The <c>X-RateLimit-Scope</c> of a 429 FakeDiscord sends.</summary>
public enum FakeRateLimitScope
{
    /// <summary>A per-route limit of this bot (<c>user</c>), with bucket headers.</summary>
    User,

    /// <summary>The bot's global limit: <c>X-RateLimit-Global: true</c> and <c>"global": true</c>.</summary>
    Global,

    /// <summary>A per-resource limit shared by everyone (<c>shared</c>).</summary>
    Shared,
}
