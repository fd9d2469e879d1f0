using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.FakeDiscord;

namespace PainPalBot.Benchmarks;

/// <summary>
/// Runs a trivial slash command many times through <see cref="InteractionService.ExecuteAsync"/> with the real
/// REST client against FakeDiscord, and reports the in-process time from ExecuteAsync entry (INTERACTION_CREATE
/// received) to the callback request being handed to the REST client (p50/p99), the full round trip, and
/// allocations per interaction: the framework alone (a REST stub, so it runs on one thread and
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> is exact) and the whole process with HTTP and FakeDiscord.
/// Usage: <c>interactions [count=10000]</c>. Goal: p99 under 5 ms.
/// </summary>
internal static class InteractionLoadRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 10_000;
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        using var real = new DiscordRestClient(Microsoft.Extensions.Options.Options.Create(new DiscordOptions { Token = discord.Token, ApiBaseUrl = discord.ApiBaseUrl, ApplicationId = discord.ApplicationId }));

        // Framework alone: every await completes synchronously against the stub, so one thread does all the work.
        var stub = new TimingRestClient(null);
        await using (var stubProvider = BuildServices(stub))
        {
            var service = stubProvider.GetRequiredService<InteractionService>();
            var warm = Build(discord, 1000);
            foreach (var interaction in warm)
                await service.ExecuteAsync(interaction);
            var batch = Build(discord, count);
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var interaction in batch)
                await service.ExecuteAsync(interaction);
            var frameworkBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count;
            Console.WriteLine($"interactions: {count} x /ping (trivial command), sequential");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  framework allocations     {frameworkBytes:0} B/interaction (REST stubbed; ExecuteAsync, scope, module, responder, callback model)"));
        }

        var timing = new TimingRestClient(real);
        await using var provider = BuildServices(timing);
        var interactions = provider.GetRequiredService<InteractionService>();
        foreach (var interaction in Build(discord, 1000))
            await interactions.ExecuteAsync(interaction);
        discord.ClearRequests();

        var all = Build(discord, count);
        var toCallback = new double[count];
        var roundTrip = new double[count];
        var totalBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var entry = Stopwatch.GetTimestamp();
            var result = await interactions.ExecuteAsync(all[i]);
            var done = Stopwatch.GetTimestamp();
            if (!result.IsSuccess)
                throw new InvalidOperationException($"Interaction {i} failed: {result.Error}");
            toCallback[i] = Stopwatch.GetElapsedTime(entry, timing.LastCallbackAt).TotalMilliseconds;
            roundTrip[i] = Stopwatch.GetElapsedTime(entry, done).TotalMilliseconds;
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        var processBytes = (GC.GetTotalAllocatedBytes(precise: true) - totalBefore) / (double)count;
        var callbacks = discord.Requests.Count(r => r.StatusCode == 204 && r.Path.EndsWith("/callback", StringComparison.Ordinal));

        Array.Sort(toCallback);
        Array.Sort(roundTrip);
        var p99 = Percentile(toCallback, 0.99);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  entry -> callback sent    p50 {Percentile(toCallback, 0.50) * 1000:0.0} µs   p99 {p99 * 1000:0.0} µs   max {toCallback[^1] * 1000:0.0} µs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  full round trip (HTTP)    p50 {Percentile(roundTrip, 0.50):0.000} ms   p99 {Percentile(roundTrip, 0.99):0.000} ms   ({count / elapsed.TotalSeconds:0} interactions/s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  process allocations       {processBytes:0} B/interaction (incl. HttpClient and the in-process FakeDiscord server)"));
        Console.WriteLine($"  callbacks accepted        {callbacks}/{count}");
        var pass = p99 < 5 && callbacks == count;
        Console.WriteLine($"  result                    {(pass ? "PASS" : "FAIL")} (goal: p99 entry -> callback under 5 ms, every callback accepted)");
        return pass ? 0 : 1;
    }

    private static ServiceProvider BuildServices(IDiscordRestClient rest)
    {
        var services = new ServiceCollection();
        services.AddSingleton(rest);
        services.AddInteractionFramework(o => o.CommandRegistrationStatePath = Path.Combine(Path.GetTempPath(), "painpal-bench-commands.txt"));
        services.AddInteractionModule<PingModule>();
        return services.BuildServiceProvider();
    }

    private static Interaction[] Build(FakeDiscord.FakeDiscord discord, int count)
    {
        var user = discord.InteractionUser(FakeDiscord.FakeDiscord.DefaultUserId);
        return [.. Enumerable.Range(0, count).Select(_ => discord.BuildSlashInteraction("ping", user))];
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>The trivial command measured.</summary>
    private sealed class PingModule : InteractionModuleBase<InteractionContext>
    {
        [SlashCommand("ping", "Replies pong")]
        public Task PingAsync() => RespondAsync("pong", ephemeral: true);
    }

    /// <summary>Notes when the callback is handed over, then passes it to the real client (or drops it, as a stub).</summary>
    private sealed class TimingRestClient(IDiscordRestClient? inner) : IDiscordRestClient
    {
        public long LastCallbackAt { get; private set; }

        private IDiscordRestClient Inner => inner ?? throw new NotSupportedException("The stub only takes callbacks.");

        public Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default)
        {
            LastCallbackAt = Stopwatch.GetTimestamp();
            return inner is null ? Task.CompletedTask : inner.CreateInteractionResponseAsync(interactionId, interactionToken, response, files, ct);
        }

        public Task<Application> GetCurrentApplicationAsync(CancellationToken ct = default) => Inner.GetCurrentApplicationAsync(ct);
        public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct = default) => Inner.GetGatewayBotAsync(ct);
        public Task<ApplicationCommand[]> GetGlobalApplicationCommandsAsync(ulong applicationId, CancellationToken ct = default) => Inner.GetGlobalApplicationCommandsAsync(applicationId, ct);
        public Task<ApplicationCommand[]> BulkOverwriteGlobalApplicationCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct = default) => Inner.BulkOverwriteGlobalApplicationCommandsAsync(applicationId, commands, ct);
        public Task<ApplicationCommand[]> BulkOverwriteGuildApplicationCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct = default) => Inner.BulkOverwriteGuildApplicationCommandsAsync(applicationId, guildId, commands, ct);
        public Task<Message?> GetOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct = default) => Inner.GetOriginalInteractionResponseAsync(applicationId, interactionToken, ct);
        public Task<Message> EditOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, WebhookMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default) => Inner.EditOriginalInteractionResponseAsync(applicationId, interactionToken, request, files, ct);
        public Task DeleteOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct = default) => Inner.DeleteOriginalInteractionResponseAsync(applicationId, interactionToken, ct);
        public Task<Message> CreateFollowupMessageAsync(ulong applicationId, string interactionToken, WebhookMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default) => Inner.CreateFollowupMessageAsync(applicationId, interactionToken, request, files, ct);
        public Task<Message> EditFollowupMessageAsync(ulong applicationId, string interactionToken, ulong messageId, WebhookMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default) => Inner.EditFollowupMessageAsync(applicationId, interactionToken, messageId, request, files, ct);
        public Task<Channel> CreateDmAsync(ulong recipientId, CancellationToken ct = default) => Inner.CreateDmAsync(recipientId, ct);
        public Task<Channel?> GetChannelAsync(ulong channelId, CancellationToken ct = default) => Inner.GetChannelAsync(channelId, ct);
        public Task<Message> CreateMessageAsync(ulong channelId, CreateMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default) => Inner.CreateMessageAsync(channelId, request, files, ct);
        public Task<Message> EditMessageAsync(ulong channelId, ulong messageId, EditMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default) => Inner.EditMessageAsync(channelId, messageId, request, files, ct);
        public Task DeleteMessageAsync(ulong channelId, ulong messageId, CancellationToken ct = default) => Inner.DeleteMessageAsync(channelId, messageId, ct);
        public Task<Channel> StartThreadFromMessageAsync(ulong channelId, ulong messageId, StartThreadRequest request, CancellationToken ct = default) => Inner.StartThreadFromMessageAsync(channelId, messageId, request, ct);
        public Task<Guild?> GetGuildAsync(ulong guildId, CancellationToken ct = default) => Inner.GetGuildAsync(guildId, ct);
        public Task<GuildMember?> GetGuildMemberAsync(ulong guildId, ulong userId, CancellationToken ct = default) => Inner.GetGuildMemberAsync(guildId, userId, ct);
        public Task<Role[]> GetGuildRolesAsync(ulong guildId, CancellationToken ct = default) => Inner.GetGuildRolesAsync(guildId, ct);
    }
}
