namespace PainPalBot.Modules.Crisis;

/// <summary>A helpline ready to show: one line of plain text plus the parts a module may turn into buttons.</summary>
/// <param name="Name">The service's name.</param>
/// <param name="Text">The whole line, e.g. "Samaritans: call 116 123 (24/7)".</param>
/// <param name="Phone">Number to call, if any.</param>
/// <param name="Sms">Number to text, if any.</param>
/// <param name="SmsKeyword">Word to text, if the service asks for one.</param>
/// <param name="ChatUrl">Web chat, if any (a link button).</param>
/// <param name="Website">Home page, if any.</param>
/// <param name="Hours">When it answers.</param>
public sealed record HelplineLine(
    string Name,
    string Text,
    string? Phone,
    string? Sms,
    string? SmsKeyword,
    Uri? ChatUrl,
    Uri? Website,
    string Hours);
