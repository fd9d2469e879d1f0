using System.Globalization;

namespace PainPalBot.Modules.Connections;

/// <summary>Describes one person to another without a name: what they share, the time difference, what they look for.</summary>
internal static class ConnectionDescriber
{
    private static readonly string[] Numbers =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static string Describe(ConnectionProfile other, ConnectionProfile viewer, DateTimeOffset now)
    {
        var shared = ConnectionChoices.Each(other.Conditions & viewer.Conditions).Select(ConnectionChoices.Label).ToList();
        var parts = new List<string>
        {
            shared.Count > 0 ? "someone with " + ConnectionChoices.JoinAnd(shared) : "someone living with chronic pain",
            TimeDifference(Offset(other.TimeZone, now) - Offset(viewer.TimeZone, now)),
        };

        var languages = SharedLanguages(other, viewer);
        if (languages.Count > 0 && viewer.Languages.Length > 1)
            parts.Add("speaks " + ConnectionChoices.JoinAnd(languages));

        var sharedGoals = ConnectionChoices.Each(other.LookingFor & viewer.LookingFor).Select(ConnectionChoices.Label).ToList();
        parts.Add(sharedGoals.Count > 0
            ? "also looking for " + ConnectionChoices.JoinAnd(sharedGoals)
            : "looking for " + ConnectionChoices.JoinAnd([.. ConnectionChoices.Each(other.LookingFor).Select(ConnectionChoices.Label)]));
        return string.Join(", ", parts);
    }

    public static List<string> SharedLanguages(ConnectionProfile a, ConnectionProfile b) =>
        [.. a.Languages.Where(l => b.Languages.Contains(l, StringComparer.OrdinalIgnoreCase))];

    public static TimeSpan Offset(string timeZone, DateTimeOffset now) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone.GetUtcOffset(now) : TimeSpan.Zero;

    public static string TimeDifference(TimeSpan difference)
    {
        if (difference == TimeSpan.Zero) return "in your time zone";
        var direction = difference > TimeSpan.Zero ? "ahead" : "behind";
        var size = difference.Duration();
        if (size.Minutes == 0 && size.Hours < Numbers.Length && size.Days == 0)
            return $"{Numbers[size.Hours]} hour{(size.Hours == 1 ? "" : "s")} {direction}";
        return string.Create(CultureInfo.InvariantCulture, $"{(int)size.TotalHours}h{size.Minutes:00} {direction}");
    }
}
