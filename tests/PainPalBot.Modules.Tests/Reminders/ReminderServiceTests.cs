using PainPalBot.Modules.Reminders;
using PainPalBot.Modules.Tests.Support;

namespace PainPalBot.Modules.Tests.Reminders;

public sealed class ReminderServiceTests : IDisposable
{
    private const ulong Alice = 111_111_111_111_111_111;

    // Wednesday 25 November 2026, 12:00 UTC.
    private readonly Harness _h = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Set_computes_the_next_prompt_in_the_persons_zone()
    {
        var result = _h.Reminders.Set(Alice, "19:00", "Europe/London", "weekdays");

        Assert.True(result.Changed);
        Assert.Equal("Daily check-in prompts are set for 19:00 (Europe/London) on weekdays. The next one is Wednesday 25 November at 19:00.", result.Message);
        var stored = _h.ReminderStore.Find(Alice)!;
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 19, 0, 0, TimeSpan.Zero), stored.NextDueUtc);
        Assert.Equal(ReminderDays.Weekdays, stored.Days);
    }

    [Theory]
    [InlineData("UK", "Europe/London")]
    [InlineData("London", "Europe/London")]
    [InlineData("london", "Europe/London")]
    [InlineData("EST", "America/New_York")]
    [InlineData("Eastern", "America/New_York")]
    [InlineData("New York", "America/New_York")]
    [InlineData("AEST", "Australia/Sydney")]
    [InlineData("Sydney", "Australia/Sydney")]
    [InlineData("america/chicago", "America/Chicago")]
    [InlineData("Lord Howe", "Australia/Lord_Howe")]
    public void Common_names_are_understood(string typed, string expected)
    {
        var result = _h.Reminders.Set(Alice, "08:30", typed);

        Assert.True(result.Changed, result.Message);
        Assert.Equal(expected, _h.ReminderStore.Find(Alice)!.TimeZoneId);
    }

    [Fact]
    public void An_unknown_zone_gets_up_to_three_suggestions_and_changes_nothing()
    {
        var result = _h.Reminders.Set(Alice, "08:30", "Londn");

        Assert.False(result.Changed);
        Assert.StartsWith("I don't know the time zone \"Londn\". Did you mean ", result.Message, StringComparison.Ordinal);
        Assert.Contains("Europe/London", result.Message, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was changed.", result.Message, StringComparison.Ordinal);
        Assert.Null(_h.ReminderStore.Find(Alice));
        var catalog = new TimeZoneCatalog();
        Assert.InRange(catalog.Resolve("Mars/Olympus_Mons").Suggestions.Count, 1, 3);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("7pm")]
    [InlineData("")]
    [InlineData("12:60")]
    public void A_bad_time_is_refused_kindly(string time)
    {
        var result = _h.Reminders.Set(Alice, time, "Europe/London");

        Assert.False(result.Changed);
        Assert.Equal("The time must be HH:mm in 24-hour form, like 08:30 or 19:00. Nothing was changed.", result.Message);
    }

    [Theory]
    [InlineData("every day", 7)]
    [InlineData("weekends", 2)]
    [InlineData("mon, wed, fri", 3)]
    [InlineData("Tu Th", 2)]
    public void Days_are_read_in_plain_words(string days, int count)
    {
        Assert.True(_h.Reminders.Set(Alice, "08:00", "UTC", days).Changed);
        Assert.Equal(count, _h.ReminderStore.Find(Alice)!.Days.Length);
    }

    [Fact]
    public void Unknown_days_are_refused()
    {
        var result = _h.Reminders.Set(Alice, "08:00", "UTC", "someday");

        Assert.False(result.Changed);
        Assert.Contains("Days must be", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_returns_at_most_25_matches_for_autocomplete()
    {
        var america = _h.Reminders.SearchTimeZones("America");
        var london = _h.Reminders.SearchTimeZones("lond");
        var empty = _h.Reminders.SearchTimeZones("");

        Assert.Equal(25, america.Count);
        Assert.Equal("Europe/London", london[0]);
        Assert.InRange(empty.Count, 1, 25);
    }

    [Fact]
    public void Pause_until_a_date_then_resume()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");

        var pause = _h.Reminders.Pause(Alice, "2026-11-28");
        Assert.Equal("Prompts are paused until the end of Saturday 28 November. The next one is Sunday 29 November at 19:00.", pause.Message);
        Assert.Equal(new DateOnly(2026, 11, 29), _h.ReminderStore.Find(Alice)!.NextLocalDate);

        var resume = _h.Reminders.Resume(Alice);
        Assert.Equal("Prompts are back on. The next one is Wednesday 25 November at 19:00.", resume.Message);
    }

    [Fact]
    public void Pause_without_a_date_unschedules_and_bad_dates_are_refused()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");

        Assert.Equal("The date must look like 2026-12-31. Nothing was changed.", _h.Reminders.Pause(Alice, "next week").Message);
        Assert.Equal("That date has already passed. Nothing was changed.", _h.Reminders.Pause(Alice, "2026-11-01").Message);
        Assert.True(_h.Reminders.Pause(Alice).Changed);
        Assert.Null(_h.ReminderStore.Find(Alice)!.NextDueUtc);
        Assert.StartsWith("Daily prompts are paused: 19:00 (Europe/London) every day.", _h.Reminders.Show(Alice).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Off_keeps_the_settings_and_show_says_so()
    {
        _h.Reminders.Set(Alice, "07:15", "America/New_York", "weekdays");

        var off = _h.Reminders.TurnOff(Alice);
        var show = _h.Reminders.Show(Alice);

        Assert.True(off.Changed);
        Assert.Null(_h.ReminderStore.Find(Alice)!.NextDueUtc);
        Assert.StartsWith("Daily prompts are off: 07:15 (America/New_York) on weekdays.", show.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_without_settings_explains_how_to_start()
    {
        Assert.Contains("/reminders set", _h.Reminders.Show(Alice).Message, StringComparison.Ordinal);
    }

    public void Dispose() => _h.Dispose();
}
