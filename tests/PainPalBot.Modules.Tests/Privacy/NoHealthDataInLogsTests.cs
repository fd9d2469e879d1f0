using PainPalBot.Modules.Tests.Support;

namespace PainPalBot.Modules.Tests.Privacy;

public sealed class NoHealthDataInLogsTests : IDisposable
{
    private const ulong Alice = 111_111_111_111_111_111;
    private const string Note = "marmalade knees flared after the bus";

    private static readonly string[] ForbiddenHoles = ["Pain", "Mood", "Energy", "Sleep", "Note", "Score", "Content", "Text", "Message", "AveragePain", "Enjoyment", "Activity"];

    private readonly Harness _h = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_check_in_a_prompt_a_history_and_an_export_log_ids_and_counts_only()
    {
        _h.Reminders.Set(Alice, "19:00", "Europe/London");
        _h.CheckIns.Log(Alice, 7, mood: 2, energy: 4, sleep: 3, note: Note);
        var started = _h.CheckIns.SetPain(Alice, _h.CheckIns.Today(Alice), 9);
        _h.CheckIns.SetMood(Alice, started.CheckIn!.Id, 1);
        _h.CheckIns.SetNote(Alice, started.CheckIn.Id, Note);
        _h.CheckIns.SetMood(222, started.CheckIn.Id, 5);
        _h.CheckIns.SetPegOptIn(Alice, true);
        _h.CheckIns.LogPeg(Alice, 8, 6, 7);
        _h.Time.SetUtcNow(new DateTimeOffset(2026, 11, 26, 19, 0, 0, TimeSpan.Zero));
        await _h.RunPromptsAsync();
        _h.History.Get(Alice, 7);
        _h.PersonalData.ExportJson(Alice);
        _h.PersonalData.ExportCsv(Alice);
        _h.PersonalData.Delete(Alice);

        var entries = _h.Logs.Entries;
        Assert.True(entries.Count >= 10, $"expected the run to log, got {entries.Count} entries");
        Assert.All(entries, e =>
        {
            Assert.DoesNotContain("marmalade", e.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("/10", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("/5", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("pain 7", e.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("score", e.Message, StringComparison.OrdinalIgnoreCase);
            foreach (var (key, value) in e.Values)
            {
                Assert.DoesNotContain(key, ForbiddenHoles);
                Assert.DoesNotContain("marmalade", value?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
            }
        });
    }

    public void Dispose() => _h.Dispose();
}
