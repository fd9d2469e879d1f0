using LiteDB;
using PainPalBot.Storage;

namespace PainPalBot.Tests.Storage;

public sealed class LiteDatabaseFactoryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Opens_a_plain_file_creating_its_folder()
    {
        var path = _temp.File("nested/folder/painpal.db");

        using (var db = LiteDatabaseFactory.Open(new StorageOptions { Path = path }))
            db.GetCollection("probe").Insert(new BsonDocument { ["n"] = 1 });

        Assert.True(File.Exists(path));
        using var again = LiteDatabaseFactory.Open(new StorageOptions { Path = path });
        Assert.Equal(1, again.GetCollection("probe").Count());
    }

    [Fact]
    public void Encrypted_file_round_trips_with_its_password_and_is_not_readable_as_plain_text()
    {
        var path = _temp.File("secret.db");
        using (var db = LiteDatabaseFactory.Open(new StorageOptions { Path = path, Password = "correct horse" }))
            db.GetCollection("probe").Insert(new BsonDocument { ["note"] = "flare after the long walk" });

        Assert.DoesNotContain("flare after the long walk", File.ReadAllText(path), StringComparison.Ordinal);
        using var again = LiteDatabaseFactory.Open(new StorageOptions { Path = path, Password = "correct horse" });
        Assert.Equal("flare after the long walk", again.GetCollection("probe").FindAll().Single()["note"].AsString);
    }

    [Fact]
    public void Wrong_password_gives_one_clear_line_not_a_crash_dump()
    {
        var path = _temp.File("secret.db");
        using (LiteDatabaseFactory.Open(new StorageOptions { Path = path, Password = "right" })) { }

        var e = Assert.Throws<StartupException>(() => LiteDatabaseFactory.Open(new StorageOptions { Path = path, Password = "wrong" }));

        Assert.Contains("Storage:Password", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", e.Message.Replace("is wrong", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Encrypted_file_opened_without_a_password_says_which_setting_is_missing()
    {
        var path = _temp.File("secret.db");
        using (LiteDatabaseFactory.Open(new StorageOptions { Path = path, Password = "right" })) { }

        var e = Assert.Throws<StartupException>(() => LiteDatabaseFactory.Open(new StorageOptions { Path = path }));

        Assert.Contains("Storage__Password", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_at_start_exits_2()
    {
        var path = _temp.File("secret.db");
        using (LiteDatabaseFactory.Open(new StorageOptions { Path = path, Password = "right" })) { }
        using var error = new StringWriter();

        var exit = await BotHost.RunAsync(["--Discord:Token=t", "--Discord:ApiBaseUrl=http://127.0.0.1:9/api/v10", $"--Storage:Path={path}", "--Storage:Password=nope"], error);

        Assert.Equal(2, exit);
        Assert.Contains("Storage:Password", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
