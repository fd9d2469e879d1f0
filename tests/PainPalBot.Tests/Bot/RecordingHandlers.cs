using System.Collections.Concurrent;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Models;

namespace PainPalBot.Tests.Bot;

/// <summary>Records what the bot fans out to message and guild handlers.</summary>
public sealed class RecordingHandlers : IMessageCreatedHandler, IGuildEventsHandler, IDisposable
{
    public ConcurrentQueue<string> Seen { get; } = new();
    private readonly SemaphoreSlim _signal = new(0);

    public Task HandleMessageAsync(Message message, CancellationToken ct = default) => Add($"message:{message.Id}");
    public Task JoinedGuildAsync(Guild guild, CancellationToken ct = default) => Add($"joined:{guild.Id}");
    public Task GuildAvailableAsync(Guild guild, CancellationToken ct = default) => Add($"available:{guild.Id}");
    public Task LeftGuildAsync(Guild guild, CancellationToken ct = default) => Add($"left:{guild.Id}");

    private Task Add(string entry)
    {
        Seen.Enqueue(entry);
        _signal.Release();
        return Task.CompletedTask;
    }

    public void Dispose() => _signal.Dispose();

    public async Task WaitForAsync(string entry)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!Seen.Contains(entry))
            await _signal.WaitAsync(timeout.Token);
    }
}
