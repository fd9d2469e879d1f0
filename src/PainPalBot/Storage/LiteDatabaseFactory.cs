using LiteDB;

namespace PainPalBot.Storage;

/// <summary>Opens the process's one LiteDB file: creates its folder, and encrypts it when a password is set.</summary>
public static class LiteDatabaseFactory
{
    /// <summary>Opens the database or throws <see cref="StartupException"/> with one line a person can act on.</summary>
    public static LiteDatabase Open(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = System.IO.Path.GetFullPath(options.Path);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"Storage:Path folder for {path} cannot be created ({e.Message}). Set Storage:Path (env Storage__Path) to a writable location.", e);
        }

        var connection = new ConnectionString
        {
            Filename = path,
            Connection = ConnectionType.Direct,
            Password = string.IsNullOrEmpty(options.Password) ? null : options.Password,
        };
        try
        {
            // A mapper of our own: registrations made by the stores never leak into LiteDB's global one.
            return new LiteDatabase(connection, new BsonMapper());
        }
        catch (LiteException e) when (IsPasswordProblem(e))
        {
            throw new StartupException(
                string.IsNullOrEmpty(options.Password)
                    ? $"Storage:Password is not set, but {path} is encrypted. Set Storage:Password (env Storage__Password) to the password it was created with."
                    : $"Storage:Password does not open {path}: the password is wrong, or the file was created without one. Check Storage:Password (env Storage__Password).",
                e);
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"Storage:Path {path} cannot be opened as a PainPalBot database ({e.Message}). Check Storage:Path (env Storage__Path).", e);
        }
    }

    private static bool IsPasswordProblem(LiteException e) =>
        e.Message.Contains("password", StringComparison.OrdinalIgnoreCase) ||
        e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase);
}
