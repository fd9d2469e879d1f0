using LiteDB;

namespace PainPalBot.Modules.Tests.Stories;

/// <summary>
/// A real LiteDB file in a fresh temp folder, deleted on dispose. Each has its own <see cref="BsonMapper"/>: LiteDB 5
/// publishes a type's entity mapper before filling in its members, so tests running in parallel on the global mapper
/// can see "Member X not found on BsonMapper".
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "painpal-tests", Guid.NewGuid().ToString("N"));

    public TestDatabase()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "painpal.db");
        Db = new LiteDatabase(Path, new BsonMapper());
    }

    public string Path { get; }

    public LiteDatabase Db { get; }

    public void Dispose()
    {
        Db.Dispose();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a file still held by a failed test; the OS temp cleaner takes it */ }
    }
}
