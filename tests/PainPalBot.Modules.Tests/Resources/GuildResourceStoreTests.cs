using LiteDB;
using PainPalBot.Modules.Resources;

namespace PainPalBot.Modules.Tests.Resources;

public sealed class GuildResourceStoreTests : IDisposable
{
    private readonly TempLiteDatabase _db = new();

    [Fact]
    public void Entries_read_back_whole_from_the_file()
    {
        var store = new GuildResourceStore(_db.Database);
        var added = new DateTime(2026, 11, 25, 19, 30, 0, DateTimeKind.Utc);

        var stored = store.Add(new GuildResource
        {
            GuildId = ulong.MaxValue - 1,
            Title = "Our pacing sheet",
            Url = "https://example.org/pacing",
            Summary = "A printable pacing plan.",
            Tags = ["pacing", "printable"],
            AddedBy = 1234567890123456789,
            AddedAtUtc = added,
        });

        var read = new GuildResourceStore(_db.Database).Get(ulong.MaxValue - 1, stored.Id);

        Assert.NotNull(read);
        Assert.Equal(stored.Id, read.Id);
        Assert.Equal(ulong.MaxValue - 1, read.GuildId);
        Assert.Equal("Our pacing sheet", read.Title);
        Assert.Equal(["pacing", "printable"], read.Tags);
        Assert.Equal(1234567890123456789UL, read.AddedBy);
        Assert.Equal(added, read.AddedAtUtc);
        Assert.Equal(DateTimeKind.Utc, read.AddedAtUtc.Kind);
        Assert.Null(read.UpdatedAtUtc);
    }

    [Fact]
    public void The_collection_is_indexed_by_server()
    {
        _ = new GuildResourceStore(_db.Database);

        var indexes = _db.Database.GetCollection("$indexes").Find(Query.EQ("collection", GuildResourceStore.CollectionName)).Select(d => d["name"].AsString);

        Assert.Contains("GuildId", indexes);
    }

    [Fact]
    public void Each_server_sees_and_removes_only_its_own_entries()
    {
        var store = new GuildResourceStore(_db.Database);
        var ours = store.Add(new GuildResource { GuildId = 1, Title = "Ours", Url = "https://example.org/a", Summary = "s" });
        var theirs = store.Add(new GuildResource { GuildId = 2, Title = "Theirs", Url = "https://example.org/b", Summary = "s" });

        Assert.Equal("Ours", Assert.Single(store.ForGuild(1)).Title);
        Assert.Null(store.Get(1, theirs.Id));
        Assert.False(store.Delete(1, theirs.Id));
        Assert.True(store.Delete(1, ours.Id));
        Assert.Empty(store.ForGuild(1));
        Assert.Single(store.ForGuild(2));
    }

    [Fact]
    public void Forgetting_a_moderator_keeps_the_entries_but_not_their_id()
    {
        var store = new GuildResourceStore(_db.Database);
        store.Add(new GuildResource { GuildId = 1, Title = "A", Url = "https://example.org/a", Summary = "s", AddedBy = 7 });
        store.Add(new GuildResource { GuildId = 1, Title = "B", Url = "https://example.org/b", Summary = "s", AddedBy = 8, UpdatedBy = 7 });
        store.Add(new GuildResource { GuildId = 1, Title = "C", Url = "https://example.org/c", Summary = "s", AddedBy = 8 });

        Assert.Equal(2, store.ByModerator(7).Count);
        Assert.Equal(2, store.ForgetModerator(7));

        Assert.Empty(store.ByModerator(7));
        Assert.Equal(3, store.ForGuild(1).Count);
        Assert.Equal(8UL, store.ForGuild(1).Single(r => r.Title == "B").AddedBy);
    }

    public void Dispose() => _db.Dispose();
}
