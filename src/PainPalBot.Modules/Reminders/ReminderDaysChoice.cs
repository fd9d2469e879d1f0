using PainPalBot.Discord.Interactions;

namespace PainPalBot.Modules.Reminders;

/// <summary>The <c>days</c> choices of <c>/reminders set</c>.</summary>
public enum ReminderDaysChoice
{
    /// <summary>All seven days.</summary>
    [ChoiceDisplay("Every day")]
    EveryDay,

    /// <summary>Monday to Friday.</summary>
    [ChoiceDisplay("Weekdays")]
    Weekdays,

    /// <summary>Saturday and Sunday.</summary>
    [ChoiceDisplay("Weekends")]
    Weekends,

    /// <summary>The days named in <c>chosen_days</c>.</summary>
    [ChoiceDisplay("Chosen days (fill in chosen_days)")]
    ChosenDays,
}
