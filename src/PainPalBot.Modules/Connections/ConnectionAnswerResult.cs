namespace PainPalBot.Modules.Connections;

/// <summary>The outcome of saying yes to a request.</summary>
/// <param name="Connected">True when both have now said yes.</param>
/// <param name="Message">The sentence for the person; names the other person (as a mention) only when connected.</param>
/// <param name="OtherUserId">The other person, only when connected.</param>
public sealed record ConnectionAnswerResult(bool Connected, string Message, ulong? OtherUserId = null);
