using LiteDB;

namespace PainPalBot.Modules.Tests.Support;

/// <summary>A real LiteDB file in a temp folder; <see cref="Restart"/> closes and reopens it like a process restart.</summary>
public sealed class TempLiteDb : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"painpal-modules-{Guid.NewGuid():N}");

    public TempLiteDb()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "painpal.db");
        Db = Open();
    }

    public string Path { get; }

    public LiteDatabase Db { get; private set; }

    /// <summary>Closes the file and opens it again: what survives is what was committed.</summary>
    public LiteDatabase Restart()
    {
        Db.Dispose();
        Db = Open();
        return Db;
    }

    /// <summary>Every document of every collection, as JSON text.</summary>
    public IEnumerable<(string Collection, string Json)> AllDocuments() =>
        Db.GetCollectionNames().SelectMany(name => Db.GetCollection(name).FindAll().Select(doc => (name, JsonSerializer.Serialize(doc))));

    public void Dispose()
    {
        Db.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    // Each file gets its own mapper: LiteDB 5 builds a type's mapping lazily and not thread-safely,
    // and tests run in parallel. (In the bot each store builds its types' mappings in its constructor.)
    private LiteDatabase Open() => new($"Filename={Path};Connection=direct", new BsonMapper());
}
