namespace PainPalBot.Modules.Reminders;

/// <summary>Which scheduled DM a delivery is.</summary>
public enum PromptKind
{
    /// <summary>The daily check-in prompt.</summary>
    Daily,

    /// <summary>The opt-in weekly summary.</summary>
    Weekly,
}
