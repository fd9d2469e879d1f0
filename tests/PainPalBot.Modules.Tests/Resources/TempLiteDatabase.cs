using LiteDB;

namespace PainPalBot.Modules.Tests.Resources;

/// <summary>A real LiteDB file in the temp folder, deleted afterwards.</summary>
internal sealed class TempLiteDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"painpal-resources-{Guid.NewGuid():N}.db");

    public TempLiteDatabase() => Database = new LiteDatabase(_path);

    public LiteDatabase Database { get; }

    public void Dispose()
    {
        Database.Dispose();
        File.Delete(_path);
    }
}
