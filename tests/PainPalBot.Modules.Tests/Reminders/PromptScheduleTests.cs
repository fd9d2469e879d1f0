using PainPalBot.Modules.Reminders;

namespace PainPalBot.Modules.Tests.Reminders;

public sealed class PromptScheduleTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);

    [Theory]
    // New York: 2026-03-08 02:00 -> 03:00. 02:30 does not exist; the first valid minute after it is 03:00 EDT.
    [InlineData("America/New_York", 2026, 3, 8, 2, 30, "2026-03-08T07:00:00Z")]
    // London: 2026-03-29 01:00 -> 02:00. 01:30 becomes 02:00 BST.
    [InlineData("Europe/London", 2026, 3, 29, 1, 30, "2026-03-29T01:00:00Z")]
    // Lord Howe: 2026-10-04 02:00 -> 02:30 (a 30-minute shift). 02:15 becomes 02:30 (+11:00).
    [InlineData("Australia/Lord_Howe", 2026, 10, 4, 2, 15, "2026-10-03T15:30:00Z")]
    public void A_time_in_a_spring_forward_gap_is_sent_at_the_first_valid_minute_after_it(string zone, int y, int mo, int d, int h, int mi, string expected)
    {
        var due = PromptSchedule.ToUtc(Zone(zone), new DateOnly(y, mo, d), h * 60 + mi);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Theory]
    // New York: 2026-11-01 02:00 -> 01:00, so 01:30 happens twice; the first is EDT (-4).
    [InlineData("America/New_York", 2026, 11, 1, 1, 30, "2026-11-01T05:30:00Z")]
    // London: 2026-10-25 02:00 -> 01:00; the first 01:30 is BST (+1).
    [InlineData("Europe/London", 2026, 10, 25, 1, 30, "2026-10-25T00:30:00Z")]
    // Lord Howe: 2026-04-05 02:00 -> 01:30; the first 01:45 is +11:00.
    [InlineData("Australia/Lord_Howe", 2026, 4, 5, 1, 45, "2026-04-04T14:45:00Z")]
    public void An_ambiguous_time_is_taken_once_at_its_first_occurrence(string zone, int y, int mo, int d, int h, int mi, string expected)
    {
        var tz = Zone(zone);
        var date = new DateOnly(y, mo, d);
        Assert.True(tz.IsAmbiguousTime(date.ToDateTime(new TimeOnly(h, mi))));

        var due = PromptSchedule.ToUtc(tz, date, h * 60 + mi);
        var next = PromptSchedule.Next(tz, h * 60 + mi, [.. Enum.GetValues<DayOfWeek>()], due.AddMinutes(1), afterLocalDate: date);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
        Assert.Equal(date.AddDays(1), next!.Value.LocalDate);
    }

    [Fact]
    public void Next_skips_days_not_chosen_and_times_already_past()
    {
        var london = Zone("Europe/London");
        // Wednesday 25 November 2026, 20:00 UTC = 20:00 GMT; 19:00 has passed today.
        var next = PromptSchedule.Next(london, 19 * 60, [DayOfWeek.Wednesday, DayOfWeek.Friday], Utc(2026, 11, 25, 20, 0));

        Assert.Equal((new DateOnly(2026, 11, 27), Utc(2026, 11, 27, 19, 0)), next);
    }

    [Fact]
    public void Next_is_in_the_persons_zone_across_the_date_line()
    {
        var auckland = Zone("Pacific/Auckland");
        // 10:00 UTC on the 25th is 23:00 NZDT on the 25th; 08:00 local next is the 26th at 08:00 = 19:00 UTC on the 25th.
        var next = PromptSchedule.Next(auckland, 8 * 60, [.. Enum.GetValues<DayOfWeek>()], Utc(2026, 11, 25, 10, 0));

        Assert.Equal((new DateOnly(2026, 11, 26), Utc(2026, 11, 25, 19, 0)), next);
    }

    [Fact]
    public void Next_with_no_days_is_null()
    {
        Assert.Null(PromptSchedule.Next(TimeZoneInfo.Utc, 0, [], Utc(2026, 1, 1, 0, 0)));
    }

    [Fact]
    public void Nonces_are_short_deterministic_and_distinct()
    {
        var day = new DateOnly(2026, 3, 8);

        var longest = PromptSchedule.Nonce(PromptKind.Daily, ulong.MaxValue, day);

        Assert.InRange(longest.Length, 1, 25);
        Assert.Equal(PromptSchedule.Nonce(PromptKind.Daily, 42, day), PromptSchedule.Nonce(PromptKind.Daily, 42, day));
        Assert.NotEqual(PromptSchedule.Nonce(PromptKind.Daily, 42, day), PromptSchedule.Nonce(PromptKind.Daily, 42, day.AddDays(1)));
        Assert.NotEqual(PromptSchedule.Nonce(PromptKind.Daily, 42, day), PromptSchedule.Nonce(PromptKind.Daily, 43, day));
        Assert.NotEqual(PromptSchedule.Nonce(PromptKind.Daily, 42, day), PromptSchedule.Nonce(PromptKind.Weekly, 42, day));
    }
}
