using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.ServerSettings;
using PainPalBot.Modules.Tests.Stories;
using PainPalBot.Modules.Tips;

namespace PainPalBot.Modules.Tests.Tips;

/// <summary>The tips service over a real LiteDB file, a fake Discord and a fake clock.</summary>
public sealed class TipHarness : IDisposable
{
    public const ulong Guild = 410_000_000_000_000_001;
    public const ulong OtherGuild = 410_000_000_000_000_002;
    public const ulong ModeratorChannel = 430_000_000_000_000_001;
    public const ulong Author = 771_000_000_000_000_001;
    public const ulong OtherAuthor = 772_000_000_000_000_002;
    public const ulong Voter = 773_000_000_000_000_003;
    public const ulong Moderator = 740_000_000_000_000_005;

    public TipHarness(bool approvalRequired = true, bool moderatorChannel = true)
    {
        Database = new TestDatabase();
        Settings = new ServerSettingsService(new GuildSettingsStore(Database.Db), [], Time, NullLogger<ServerSettingsService>.Instance);
        Settings.Update(Guild, Moderator, new SettingsUpdate
        {
            ModeratorChannelId = moderatorChannel ? ModeratorChannel : null,
            TipApprovalRequired = approvalRequired,
        });
        Store = new TipStore(Database.Db);
        Service = new TipService(Store, Settings, Rest.Client, new DmSender(Rest.Client, new DmChannelStore(Database.Db), Time, Logs.For<DmSender>()), Time, Logs.For<TipService>());
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));

    public TestDatabase Database { get; }

    public FakeRest Rest { get; } = new();

    public LogSink Logs { get; } = new();

    public ServerSettingsService Settings { get; }

    public TipStore Store { get; }

    public TipService Service { get; }

    /// <summary>Shares a tip and gets it into the library (approving it when the server asks for approval); returns its id.</summary>
    public async Task<string> AddApprovedAsync(string text, ulong author = Author, string? tags = null)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        var result = await Service.SubmitAsync(Guild, author, text, tags);
        Assert.True(result.Saved, result.Message);
        var tip = Store.ByAuthor(author).MaxBy(t => t.SubmittedAt)!;
        if (tip.Status == TipStatus.Pending)
            Assert.True((await Service.ApproveAsync(Guild, tip.Id.ToString(), Moderator)).Done);
        return tip.Id.ToString();
    }

    public void Dispose() => Database.Dispose();
}
