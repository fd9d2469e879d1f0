using PainPalBot.Modules.Crisis;
using PainPalBot.Modules.Tests.Support;

namespace PainPalBot.Modules.Tests.Crisis;

/// <summary>The alert store on a real LiteDB file: requests of members who asked, the shared cool-down, and forgetting a person.</summary>
public sealed class CrisisAlertStoreTests : IDisposable
{
    private const ulong GuildId = 1;
    private const ulong AuthorId = 10;
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly TempLiteDb _db = new();

    private static CrisisAlert Alert(CrisisAlertStore store, params ulong[] reporters) => store.Add(new CrisisAlert
    {
        GuildId = GuildId,
        ChannelId = 2,
        MessageId = 3,
        UserId = AuthorId,
        CreatedAt = Now,
        AlertChannelId = 4,
        Source = CrisisAlertSource.MemberRequest,
        Requests = [.. reporters.Select(r => new CrisisAlertRequest { ReporterId = r, At = Now })],
    });

    [Fact]
    public void Two_members_asking_at_once_both_count_and_nobody_counts_twice()
    {
        var store = new CrisisAlertStore(_db.Db);
        var alert = Alert(store, 20);

        var results = Enumerable.Range(0, 8).AsParallel().Select(i => store.AddRequest(alert.Id, new CrisisAlertRequest { ReporterId = 21 + (ulong)(i % 2), At = Now })).ToList();

        Assert.Equal(2, results.Count(r => r.Added));
        Assert.Equal([20UL, 21UL, 22UL], store.Find(GuildId, alert.Id.ToString())!.Requests.Select(r => r.ReporterId).Order());
    }

    [Fact]
    public void A_request_survives_a_restart_and_is_found_for_the_person_who_made_it()
    {
        var alert = Alert(new CrisisAlertStore(_db.Db), 20, 21);

        var store = new CrisisAlertStore(_db.Restart());

        Assert.Equal(alert.Id, Assert.Single(store.RequestedBy(21)).Id);
        Assert.Empty(store.RequestedBy(AuthorId));
    }

    [Fact]
    public void Forgetting_a_member_who_asked_keeps_the_request_without_them_and_counts_it()
    {
        var store = new CrisisAlertStore(_db.Db);
        var alert = Alert(store, 20, 21);
        store.Take(alert, 20, Now);

        var removed = store.ForgetUser(20);

        Assert.Equal(2, removed); // as the moderator who took it, and as one who asked
        var kept = store.Find(GuildId, alert.Id.ToString())!;
        Assert.Equal([0UL, 21UL], kept.Requests.Select(r => r.ReporterId));
        Assert.Equal(0UL, kept.TakenBy);
        Assert.Empty(store.RequestedBy(20));
    }

    [Fact]
    public void Forgetting_the_person_asked_about_removes_their_alerts_and_cool_down()
    {
        var store = new CrisisAlertStore(_db.Db);
        Alert(store, 20);
        Assert.True(store.TryStartCooldown(GuildId, AuthorId, Now, TimeSpan.FromMinutes(30)));

        Assert.Equal(2, store.ForgetUser(AuthorId));

        Assert.Empty(store.AboutUser(AuthorId));
        Assert.True(store.TryStartCooldown(GuildId, AuthorId, Now, TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void A_released_cool_down_lets_the_next_request_through_and_alerts_that_never_reached_the_moderators_are_not_joined()
    {
        var store = new CrisisAlertStore(_db.Db);
        Assert.True(store.TryStartCooldown(GuildId, AuthorId, Now, TimeSpan.FromMinutes(30)));
        Assert.False(store.TryStartCooldown(GuildId, AuthorId, Now.AddMinutes(1), TimeSpan.FromMinutes(30)));
        store.ReleaseCooldown(GuildId, AuthorId);
        Assert.True(store.TryStartCooldown(GuildId, AuthorId, Now.AddMinutes(2), TimeSpan.FromMinutes(30)));

        // Being posted (a moderator channel, no message yet) is joined, so two requests at once make one alert.
        var inFlight = Alert(store, 20);
        Assert.Equal(inFlight.Id, store.LatestAbout(GuildId, AuthorId, Now.AddMinutes(-30))?.Id);
        var posted = store.MarkPosted(inFlight.Id, 99);
        Assert.Equal(99UL, store.LatestAbout(GuildId, AuthorId, Now.AddMinutes(-30))?.AlertMessageId);
        Assert.Null(store.LatestAbout(GuildId, AuthorId, Now.AddMinutes(1)));

        // Deleted in Discord, or refused by it: no longer joined.
        store.DetachRequest(posted.Id, 20);
        var detached = store.Find(GuildId, posted.Id.ToString())!;
        Assert.Null(detached.AlertMessageId);
        Assert.Empty(detached.Requests);
        Assert.Null(store.LatestAbout(GuildId, AuthorId, Now.AddMinutes(-30)));
        var refused = Alert(store, 21);
        store.MarkUnposted(refused.Id);
        Assert.Null(store.LatestAbout(GuildId, AuthorId, Now.AddMinutes(-30)));
    }

    public void Dispose() => _db.Dispose();
}
