using System.Text;
using System.Text.Json;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.Tests.Support;

namespace PainPalBot.Modules.Tests.Privacy;

public sealed class PersonalDataTests : IAsyncLifetime, IDisposable
{
    private const ulong Alice = 111_111_111_111_111_111;
    private const ulong Bob = 222_222_222_222_222_222;
    private const string Note = "Tricky, \"bad\" day,\nslept badly";
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly Harness _h = new(Noon);

    public PersonalDataTests()
    {
        foreach (var user in new[] { Alice, Bob })
        {
            _h.Reminders.Set(user, "19:00", "Europe/London");
            _h.Reminders.SetWeeklySummary(user, true);
            _h.CheckIns.Log(user, 6, mood: 2, energy: 3, sleep: 1, note: Note);
            _h.CheckIns.SetPegOptIn(user, true);
            _h.CheckIns.LogPeg(user, 6, 5, 4);
        }
        _h.Time.SetUtcNow(Noon.AddDays(1).AddHours(7));
    }

    /// <summary>Sends the day's prompts (async, so no test thread is blocked while they go out).</summary>
    public Task InitializeAsync() => _h.RunPromptsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Json_export_has_every_section_with_everything_stored()
    {
        using var json = JsonDocument.Parse(_h.PersonalData.ExportJson(Alice));
        var root = json.RootElement;

        Assert.Equal(
            ["check_ins", "dm_channels", "peg_check_ins", "prompt_deliveries", "reminders"],
            root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var checkIn = Assert.Single(root.GetProperty("check_ins").EnumerateArray());
        Assert.Equal("6", checkIn.GetProperty("pain").GetString());
        Assert.Equal("2", checkIn.GetProperty("mood").GetString());
        Assert.Equal(Note, checkIn.GetProperty("note").GetString());
        Assert.Equal("2026-11-25", checkIn.GetProperty("local_date").GetString());
        Assert.Equal(2, root.GetProperty("peg_check_ins").GetArrayLength());
        Assert.Equal("5.0", root.GetProperty("peg_check_ins").EnumerateArray().Last().GetProperty("score").GetString());
        var reminder = Assert.Single(root.GetProperty("reminders").EnumerateArray());
        Assert.Equal("Europe/London", reminder.GetProperty("time_zone").GetString());
        Assert.Equal("19:00", reminder.GetProperty("local_time").GetString());
        Assert.Equal("Sent", Assert.Single(root.GetProperty("prompt_deliveries").EnumerateArray()).GetProperty("state").GetString());
        Assert.Equal((Alice + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Assert.Single(root.GetProperty("dm_channels").EnumerateArray()).GetProperty("channel_id").GetString());
        Assert.DoesNotContain(Bob.ToString(System.Globalization.CultureInfo.InvariantCulture), json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_contains_every_stored_value_of_the_person()
    {
        var json = Encoding.UTF8.GetString(_h.PersonalData.ExportJson(Alice));
        var stored = _h.File.AllDocuments().Where(d => d.Json.Contains(Alice.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(stored);
        // Every document about Alice is represented: each collection appears as a section with as many rows.
        foreach (var group in stored.GroupBy(d => d.Collection))
        {
            var section = group.Key == "check_in_preferences" ? "peg_check_ins" : group.Key;
            Assert.Contains($"\"{section}\"", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Csv_export_is_one_rfc_4180_file_per_section()
    {
        var files = _h.PersonalData.ExportCsv(Alice);

        Assert.Equal(5, files.Count);
        Assert.All(files, f => Assert.Equal("text/csv", f.ContentType));
        var checkIns = Encoding.UTF8.GetString(files.Single(f => f.FileName == "check_ins.csv").Content);
        var lines = checkIns.Split("\r\n");
        Assert.Equal("id,user_id,local_date,at_utc,pain,mood,energy,sleep,note,updated_at_utc", lines[0]);
        Assert.Contains(",6,2,3,1,\"Tricky, \"\"bad\"\" day,\nslept badly\",", checkIns, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", checkIns, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_quotes_only_what_needs_quoting()
    {
        var section = new PersonalDataSection("s", ["a", "b", "c", "d"], [["plain", "with,comma", null, " padded"]]);

        Assert.Equal("a,b,c,d\r\nplain,\"with,comma\",,\" padded\"\r\n", PersonalDataService.ToCsv(section));
    }

    [Fact]
    public void Delete_leaves_nothing_of_the_person_in_any_collection_and_keeps_others()
    {
        var aliceId = Alice.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(_h.File.AllDocuments(), d => d.Json.Contains(aliceId, StringComparison.Ordinal));

        var removed = _h.PersonalData.Delete(Alice);
        _h.Restart();

        // 1 check-in + 1 PEG + 1 preference + 1 reminder + 1 delivery + 1 DM channel.
        Assert.Equal(6, removed);
        Assert.DoesNotContain(_h.File.AllDocuments(), d => d.Json.Contains(aliceId, StringComparison.Ordinal));
        Assert.DoesNotContain(_h.File.AllDocuments(), d => d.Json.Contains((Alice + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Contains(_h.File.AllDocuments(), d => d.Json.Contains(Bob.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        using var json = JsonDocument.Parse(_h.PersonalData.ExportJson(Alice));
        Assert.All(json.RootElement.EnumerateObject(), p => Assert.Equal(0, p.Value.GetArrayLength()));
        Assert.Equal(0, _h.PersonalData.Delete(Alice));
    }

    [Fact]
    public void Two_sections_with_one_name_are_a_bug_caught_at_start()
    {
        var sections = new IPersonalData[] { new PainPalBot.Modules.CheckIns.CheckInPersonalData(_h.CheckInStore), new PainPalBot.Modules.CheckIns.CheckInPersonalData(_h.CheckInStore) };

        Assert.Throws<InvalidOperationException>(() => new PersonalDataService(sections, new CapturingLogger<PersonalDataService>(new LogSink())));
    }

    public void Dispose() => _h.Dispose();
}
