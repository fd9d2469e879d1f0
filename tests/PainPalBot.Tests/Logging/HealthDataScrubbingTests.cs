using Microsoft.Extensions.Logging;
using PainPalBot.Logging;
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
    public void A_health_record_logged_plainly_or_destructured_shows_no_score_or_note(string format)
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
            var printMembers = type.GetMethod("PrintMembers", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);
            Assert.True(printMembers is null || toString.DeclaringType == type, $"{type.Name} prints its members");
        }
    }
}
