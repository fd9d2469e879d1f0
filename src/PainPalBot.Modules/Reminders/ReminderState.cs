namespace PainPalBot.Modules.Reminders;

/// <summary>Whether a person's daily prompts run.</summary>
public enum ReminderState
{
    /// <summary>Prompts are sent on the chosen days.</summary>
    Active,

    /// <summary>Prompts are paused, until a date or until resumed (also when DMs are closed).</summary>
    Paused,

    /// <summary>Prompts are off; the settings are kept for <c>/reminders show</c>.</summary>
    Off,
}
