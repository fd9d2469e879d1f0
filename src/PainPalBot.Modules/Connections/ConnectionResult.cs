namespace PainPalBot.Modules.Connections;

/// <summary>The outcome of a connections command: whether it took effect, and the sentence for the person (ephemeral).</summary>
public sealed record ConnectionResult(bool Success, string Message);
