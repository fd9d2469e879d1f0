using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PainPalBot.Modules.ServerSettings;

namespace PainPalBot.Modules.Tests.ServerSettings;

public sealed class ServerSettingsServiceTests : IDisposable
{
    private const ulong Guild = 555;
    private const ulong Moderator = 7;
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"painpal-settings-{Guid.NewGuid():N}.db");
    private readonly LiteDatabase _db;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly CountingGuildData _guildData = new();
    private readonly ServerSettingsService _service;

    public ServerSettingsServiceTests()
    {
        _db = new LiteDatabase(_dbPath);
        _service = new ServerSettingsService(new GuildSettingsStore(_db), [_guildData], _time, NullLogger<ServerSettingsService>.Instance);
    }

    [Fact]
    public void A_new_server_gets_safe_defaults()
    {
        var s = _service.Get(Guild);

        Assert.False(s.CrisisWatchEnabled);
        Assert.True(s.StoryApprovalRequired);
        Assert.True(s.TipApprovalRequired);
        Assert.Null(s.ModeratorChannelId);
    }

    [Fact]
    public void A_change_is_saved_and_read_back_from_the_file()
    {
        var result = _service.Update(Guild, Moderator, new SettingsUpdate { ModeratorChannelId = 9001, Country = "gb", TimeZone = "Europe/London" });

        Assert.True(result.Saved);
        var stored = new GuildSettingsStore(_db).Find(Guild)!;
        Assert.Equal(9001UL, stored.ModeratorChannelId);
        Assert.Equal("GB", stored.Country);
        Assert.Equal("Europe/London", stored.TimeZone);
        Assert.Equal(Moderator, stored.UpdatedBy);
        Assert.Equal(_time.GetUtcNow(), stored.UpdatedAt);
    }

    [Theory]
    [InlineData("Mars/Olympus", null, "time zone")]
    [InlineData(null, "GBR", "two-letter")]
    [InlineData(null, "1A", "two-letter")]
    public void A_bad_value_is_refused_kindly_and_nothing_changes(string? zone, string? country, string expected)
    {
        _service.Update(Guild, Moderator, new SettingsUpdate { Country = "DE" });

        var result = _service.Update(Guild, Moderator, new SettingsUpdate { TimeZone = zone, Country = country, ModeratorChannelId = 1 });

        Assert.False(result.Saved);
        Assert.Contains(expected, result.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Nothing was changed", result.Message, StringComparison.Ordinal);
        Assert.Equal("DE", _service.Get(Guild).Country);
        Assert.Null(_service.Get(Guild).ModeratorChannelId);
    }

    [Fact]
    public void Crisis_watch_needs_a_moderator_channel_for_its_alerts()
    {
        var refused = _service.Update(Guild, Moderator, new SettingsUpdate { CrisisWatchEnabled = true });
        var accepted = _service.Update(Guild, Moderator, new SettingsUpdate { CrisisWatchEnabled = true, ModeratorChannelId = 42 });

        Assert.False(refused.Saved);
        Assert.True(accepted.Saved);
        Assert.True(_service.Get(Guild).CrisisWatchEnabled);
    }

    [Theory]
    [InlineData(1UL << 5, true)]            // Manage Server
    [InlineData(1UL << 3, true)]            // Administrator
    [InlineData((1UL << 10) | (1UL << 11), false)] // View Channel + Send Messages only
    [InlineData(null, false)]
    public void Moderators_are_those_with_manage_server_or_administrator(ulong? permissions, bool expected) =>
        Assert.Equal(expected, _service.IsModerator(Guild, permissions, []));

    [Fact]
    public void The_moderator_role_also_counts()
    {
        _service.Update(Guild, Moderator, new SettingsUpdate { ModeratorRoleId = 314 });

        Assert.True(_service.IsModerator(Guild, 0, [100, 314]));
        Assert.False(_service.IsModerator(Guild, 0, [100]));
    }

    [Fact]
    public void Settings_are_kept_30_days_after_the_bot_leaves_then_removed_with_every_feature_s_server_data()
    {
        _service.Update(Guild, Moderator, new SettingsUpdate { Country = "IE" });
        _service.MarkLeft(Guild);

        _time.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, _service.PurgeExpired());
        Assert.Equal("IE", _service.Get(Guild).Country);

        _time.Advance(TimeSpan.FromDays(1.5));
        Assert.Equal(1, _service.PurgeExpired());
        Assert.Null(new GuildSettingsStore(_db).Find(Guild));
        Assert.Equal([Guild], _guildData.Deleted);
    }

    [Fact]
    public void Rejoining_within_30_days_keeps_everything()
    {
        _service.Update(Guild, Moderator, new SettingsUpdate { Country = "IE" });
        _service.MarkLeft(Guild);
        _time.Advance(TimeSpan.FromDays(10));
        _service.MarkJoined(Guild);

        _time.Advance(TimeSpan.FromDays(60));
        Assert.Equal(0, _service.PurgeExpired());
        Assert.Equal("IE", _service.Get(Guild).Country);
    }

    [Fact]
    public void The_welcome_message_is_five_lines()
    {
        var lines = ServerSettingsService.WelcomeMessage("Spoonies").Split('\n');

        Assert.Equal(5, lines.Length);
        Assert.Contains("Spoonies", lines[0], StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _db.Dispose();
        File.Delete(_dbPath);
    }

    private sealed class CountingGuildData : IGuildData
    {
        public List<ulong> Deleted { get; } = [];
        public string Section => "test";
        public int DeleteGuild(ulong guildId)
        {
            Deleted.Add(guildId);
            return 3;
        }
    }
}
