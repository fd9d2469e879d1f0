using Microsoft.Extensions.Time.Testing;
using PainPalBot.Modules.Connections;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.Tests.Stories;

namespace PainPalBot.Modules.Tests.Connections;

/// <summary>The connections service over a real LiteDB file, a fake Discord and a fake clock.</summary>
public sealed class ConnectionHarness : IDisposable
{
    public const ulong Guild = 410_000_000_000_000_001;
    public const ulong OtherGuild = 410_000_000_000_000_002;
    public const ulong Ana = 761_000_000_000_000_001;
    public const ulong Ben = 762_000_000_000_000_002;
    public const ulong Cai = 763_000_000_000_000_003;
    public const ulong Dee = 764_000_000_000_000_004;
    public const ulong Eli = 765_000_000_000_000_005;
    public const ulong Fay = 766_000_000_000_000_006;

    public ConnectionHarness()
    {
        Database = new TestDatabase();
        Store = new ConnectionStore(Database.Db);
        Service = new ConnectionService(Store, new DmSender(Rest.Client, new DmChannelStore(Database.Db), Time, Logs.For<DmSender>()), Time, Logs.For<ConnectionService>());
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));

    public TestDatabase Database { get; }

    public FakeRest Rest { get; } = new();

    public LogSink Logs { get; } = new();

    public ConnectionStore Store { get; }

    public ConnectionService Service { get; }

    public static IEnumerable<ulong> Everyone => [Ana, Ben, Cai, Dee, Eli, Fay];

    public void Profile(ulong userId, PainConditions conditions, ConnectionGoals goals, string timeZone = "Europe/London", ulong guild = Guild, params string[] languages)
    {
        var result = Service.SaveProfile(guild, userId, new ConnectionProfileInput(conditions, timeZone, languages.Length == 0 ? ["English"] : languages, goals));
        Assert.True(result.Success, result.Message);
    }

    /// <summary>The token of the suggestion of <paramref name="candidate"/> made for <paramref name="userId"/>, read from the store.</summary>
    public string TokenFor(ulong userId, ulong candidate) =>
        Store.SuggestionsFor(userId).Where(s => s.CandidateUserId == candidate).MaxBy(s => s.CreatedAt)!.Id;

    /// <summary>The request token in the newest DM to <paramref name="userId"/>.</summary>
    public string RequestTokenIn(ulong userId)
    {
        var dm = Rest.DmsTo(userId).Last();
        var accept = dm.Request.Components!.SelectMany(r => r.Components!).Single(b => b.CustomId!.StartsWith(ConnectionComponents.AcceptPrefix, StringComparison.Ordinal));
        return accept.CustomId![ConnectionComponents.AcceptPrefix.Length..];
    }

    public void Dispose() => Database.Dispose();
}
