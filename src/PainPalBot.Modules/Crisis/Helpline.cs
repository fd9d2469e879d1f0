namespace PainPalBot.Modules.Crisis;

/// <summary>One helpline: at least one of phone, text or chat is set.</summary>
/// <param name="Name">The service's name, e.g. "Samaritans".</param>
/// <param name="Phone">Number to call, as people dial it.</param>
/// <param name="Text">Number to text, if the service takes texts.</param>
/// <param name="TextKeyword">Word to send when texting, if the service asks for one.</param>
/// <param name="ChatUrl">Web chat, if any.</param>
/// <param name="Website">The service's home page.</param>
/// <param name="Hours">When it answers, e.g. "24/7".</param>
/// <param name="Languages">Languages it answers in (ISO 639-1).</param>
public sealed record Helpline(
    string Name,
    string? Phone,
    string? Text,
    string? TextKeyword,
    Uri? ChatUrl,
    Uri? Website,
    string Hours,
    IReadOnlyList<string> Languages);
