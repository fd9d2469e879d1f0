using Microsoft.Extensions.Logging;
using PainPalBot.Logging;
using PainPalBot.Modules.CheckIns;
using PainPalBot.Modules.Privacy;
using Serilog.Extensions.Logging;

namespace PainPalBot.Tests.Logging;

/// <summary>Health data never reaches a log, whichever way a developer passes it to the logger.</summary>
public sealed class HealthDataScrubbingTests
{
    private sealed record SampleScore(ulong UserId, int Pain, string Note) : IHealthData
    {
        public override string ToString() => $"{nameof(SampleScore)} {{ UserId = {UserId} }}";
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void A_check_in_logged_plainly_or_destructured_shows_no_score_or_note(string format)
    {
        var capture = new LogCapture();
        using var serilog = SerilogSetup.CreateLogger(new LoggingOptions { Format = format }, capture);
        using var factory = new SerilogLoggerFactory(serilog);
        var log = factory.CreateLogger("test");
        var checkIn = new CheckIn(LiteDB.ObjectId.NewObjectId(), 42, new DateOnly(2026, 11, 25), DateTimeOffset.UnixEpoch, 9, 2, 1, 3, "cried on the stairs", null);

#pragma warning disable CA2254 // the point is to log the way a careless change might
        log.LogInformation("Saved {CheckIn}", checkIn);
        log.LogInformation("Saved {@CheckIn}", checkIn);
        log.LogInformation("Saved {$CheckIn}", checkIn);
        log.LogInformation("Saved {Result}", new CheckInResult(CheckInOutcome.Saved, "Saved: pain 9/10, note: cried on the stairs", checkIn));
#pragma warning restore CA2254

        var text = capture.AllText();
        Assert.Equal(4, capture.Events.Count);
        Assert.DoesNotContain("cried on the stairs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pain", text, StringComparison.Ordinal);
        Assert.DoesNotContain("9/10", text, StringComparison.Ordinal);
        Assert.Contains("UserId = 42", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Any_health_record_logged_plainly_or_destructured_shows_no_score_or_note(string format)
    {
        var capture = new LogCapture();
        using var serilog = SerilogSetup.CreateLogger(new LoggingOptions { Format = format }, capture);
        using var factory = new SerilogLoggerFactory(serilog);
        var log = factory.CreateLogger("test");
        var record = new SampleScore(42, 9, "cried on the stairs");

#pragma warning disable CA2254 // the point is to log the way a careless change might
        log.LogInformation("Saved {Record}", record);
        log.LogInformation("Saved {@Record}", record);
        log.LogInformation("Saved {$Record}", record);
#pragma warning restore CA2254

        var text = capture.AllText();
        Assert.Equal(3, capture.Events.Count);
        Assert.DoesNotContain("cried on the stairs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pain", text, StringComparison.Ordinal);
        Assert.Contains("42", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_health_data_type_overrides_ToString_so_plain_logging_prints_ids_only()
    {
        var healthTypes = typeof(IHealthData).Assembly.GetTypes()
            .Where(t => typeof(IHealthData).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .ToList();

        foreach (var type in healthTypes)
        {
            var toString = type.GetMethod(nameof(ToString), Type.EmptyTypes)!;
            Assert.True(toString.DeclaringType == type, $"{type.Name} carries health data but does not override ToString()");
        }
        // The rule covers the records that carry scores and notes.
        Assert.Contains(typeof(CheckIn), healthTypes);
        Assert.Contains(typeof(PegCheckIn), healthTypes);
        Assert.Contains(typeof(PainPalBot.Modules.History.DaySummary), healthTypes);
    }
}
