namespace PainPalBot.Modules.Reminders;

/// <summary>Reads and writes the <c>days</c> of a reminder: "every day", "weekdays", "weekends" or a list like "mon, wed, fri".</summary>
public static class ReminderDays
{
    /// <summary>All seven days.</summary>
    public static readonly DayOfWeek[] EveryDay = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Monday to Friday.</summary>
    public static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Saturday and Sunday.</summary>
    public static readonly DayOfWeek[] Weekends = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Parses the text; null text means every day. False when a word is not a day.</summary>
    public static bool TryParse(string? text, out DayOfWeek[] days)
    {
        days = EveryDay;
        var value = text?.Trim().ToUpperInvariant() ?? "";
        if (value is "" or "EVERY DAY" or "EVERYDAY" or "DAILY" or "ALL")
            return true;
        if (value is "WEEKDAYS" or "WEEKDAY")
        {
            days = Weekdays;
            return true;
        }
        if (value is "WEEKENDS" or "WEEKEND")
        {
            days = Weekends;
            return true;
        }
        var chosen = new HashSet<DayOfWeek>();
        foreach (var word in value.Split([',', ' ', ';', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var day = EveryDay.FirstOrDefault(d => word.Length >= 2 && d.ToString().ToUpperInvariant().StartsWith(word, StringComparison.Ordinal), (DayOfWeek)(-1));
            if (day == (DayOfWeek)(-1))
                return false;
            chosen.Add(day);
        }
        if (chosen.Count == 0)
            return false;
        days = [.. EveryDay.Where(chosen.Contains)];
        return true;
    }

    /// <summary>The days in words: "every day", "weekdays", "weekends" or "Monday, Wednesday and Friday".</summary>
    public static string Describe(IReadOnlyCollection<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 7)
            return "every day";
        if (days.Count == 5 && Weekdays.All(days.Contains))
            return "on weekdays";
        if (days.Count == 2 && Weekends.All(days.Contains))
            return "at weekends";
        var names = EveryDay.Where(days.Contains).Select(d => d.ToString()).ToList();
        return names.Count == 1 ? $"on {names[0]}s" : $"on {string.Join(", ", names[..^1])} and {names[^1]}";
    }
}
