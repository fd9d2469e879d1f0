namespace PainPalBot.Sandbox.Api;

/// <summary>Make a person a moderator or not (<c>POST /sandbox/api/moderator</c>).</summary>
public sealed record ModeratorRequest
{
    /// <summary>Who.</summary>
    public string UserId { get; init; } = "";

    /// <summary>Moderator (Manage Server + the Moderators role) or not.</summary>
    public bool On { get; init; }
}
