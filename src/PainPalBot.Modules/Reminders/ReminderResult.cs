namespace PainPalBot.Modules.Reminders;

/// <summary>The answer to a <c>/reminders</c> request: the reply text, whether anything changed, and the settings now.</summary>
public sealed record ReminderResult(bool Changed, string Message, ReminderSettings? Settings = null);
