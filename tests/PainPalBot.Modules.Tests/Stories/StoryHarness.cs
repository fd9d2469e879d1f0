using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PainPalBot.Modules.ServerSettings;
using PainPalBot.Modules.Stories;

namespace PainPalBot.Modules.Tests.Stories;

/// <summary>The stories service over a real LiteDB file, a fake Discord and a fake clock.</summary>
public sealed class StoryHarness : IDisposable
{
    public const ulong Guild = 410_000_000_000_000_001;
    public const ulong StoriesChannel = 420_000_000_000_000_001;
    public const ulong ModeratorChannel = 430_000_000_000_000_001;
    public const ulong Author = 731_000_000_000_000_042;
    public const ulong OtherAuthor = 732_000_000_000_000_077;
    public const ulong Moderator = 740_000_000_000_000_005;
    public const ulong Member = 750_000_000_000_000_009;

    public StoryHarness(bool approvalRequired = true, bool moderatorChannel = true, bool storiesChannel = true)
    {
        Database = new TestDatabase();
        Settings = new ServerSettingsService(new GuildSettingsStore(Database.Db), [], Time, NullLogger<ServerSettingsService>.Instance);
        Settings.Update(Guild, Moderator, new SettingsUpdate
        {
            StoriesChannelId = storiesChannel ? StoriesChannel : null,
            ModeratorChannelId = moderatorChannel ? ModeratorChannel : null,
            StoryApprovalRequired = approvalRequired,
            Country = "GB",
        });
        Store = new StoryStore(Database.Db);
        Service = new StoryService(Store, Settings, Rest.Client, new StoryAuthorMessenger(Rest.Client, Logs.For<StoryAuthorMessenger>()), Crisis, Crisis, Time, Logs.For<StoryService>());
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));

    public TestDatabase Database { get; }

    public FakeRest Rest { get; } = new();

    public FakeCrisisCheck Crisis { get; } = new();

    public LogSink Logs { get; } = new();

    public ServerSettingsService Settings { get; }

    public StoryStore Store { get; }

    public StoryService Service { get; }

    /// <summary>Shares a story and returns its id (read back from the author's own list).</summary>
    public async Task<string> ShareAsync(string text, ulong author = Author, string? warning = null, string? topic = null)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        var result = await Service.SubmitAsync(Guild, author, new StorySubmission(text, warning, topic));
        Assert.True(result.Saved, result.Message);
        return Service.Mine(author, Guild).Stories[0].StoryId;
    }

    public void Dispose() => Database.Dispose();
}
