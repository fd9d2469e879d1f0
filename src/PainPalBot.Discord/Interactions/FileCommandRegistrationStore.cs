using Microsoft.Extensions.Options;

namespace PainPalBot.Discord.Interactions;

/// <summary>Keeps registration hashes in a small text file (<see cref="InteractionServiceOptions.CommandRegistrationStatePath"/>), one "scope hash" line each.</summary>
public sealed class FileCommandRegistrationStore(IOptions<InteractionServiceOptions> options) : ICommandRegistrationStore, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    private string Path => options.Value.CommandRegistrationStatePath;

    /// <inheritdoc />
    public async Task<string?> GetHashAsync(string scope, CancellationToken ct = default)
    {
        var entries = await ReadAsync(ct);
        return entries.TryGetValue(scope, out var hash) ? hash : null;
    }

    /// <inheritdoc />
    public async Task SaveHashAsync(string scope, string hash, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var entries = await ReadAsync(ct);
            entries[scope] = hash;
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            if (!string.IsNullOrEmpty(directory))
                Directory.CreateDirectory(directory);
            var temp = Path + ".tmp";
            await File.WriteAllLinesAsync(temp, entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + " " + e.Value), ct);
            File.Move(temp, Path, overwrite: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Dictionary<string, string>> ReadAsync(CancellationToken ct)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(Path))
            return entries;
        foreach (var line in await File.ReadAllLinesAsync(Path, ct))
        {
            var space = line.LastIndexOf(' ');
            if (space > 0)
                entries[line[..space]] = line[(space + 1)..];
        }
        return entries;
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
