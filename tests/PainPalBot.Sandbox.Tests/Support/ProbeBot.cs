using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Sandbox.Tests.Support;

/// <summary>
/// A minimal bot on the project's own Discord client (REST, gateway, interaction framework) with only the
/// <see cref="ProbeModule"/>: it talks to the sandbox over the real protocol, as the full bot does.
/// </summary>
public sealed class ProbeBot : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly GatewayClient _gateway;
    private readonly string _statePath;

    private ProbeBot(ServiceProvider services, GatewayClient gateway, string statePath)
    {
        _services = services;
        _gateway = gateway;
        _statePath = statePath;
    }

    /// <summary>Registers the probe's commands with the sandbox and connects to its gateway.</summary>
    public static async Task<ProbeBot> StartAsync(SandboxServer sandbox, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var statePath = Path.Combine(Path.GetTempPath(), $"painpal-probe-commands-{Guid.NewGuid():N}.txt");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(sandbox.Clock);
        services.AddOptions<DiscordOptions>().Configure(o =>
        {
            o.Token = sandbox.Token;
            o.ApiBaseUrl = sandbox.ApiBaseUrl;
            o.ApplicationId = sandbox.ApplicationId;
            o.MessageContentIntent = true;
        });
        services.AddDiscordRest().AddDiscordGateway();
        services.AddInteractionFramework(o => o.CommandRegistrationStatePath = statePath);
        services.AddInteractionModule<ProbeModule>().AddInteractionModule<ProbeModeratorModule>();
        var provider = services.BuildServiceProvider();

        var interactions = provider.GetRequiredService<InteractionService>();
        await interactions.RegisterCommandsAsync(sandbox.ApplicationId, ct: ct);
        var gateway = provider.GetRequiredService<GatewayClient>();
        gateway.InteractionCreated += interaction =>
        {
            // As the host does: never hold the gateway loop for a handler.
            _ = Task.Run(() => interactions.ExecuteAsync(interaction, CancellationToken.None), CancellationToken.None);
            return Task.CompletedTask;
        };
        await gateway.StartAsync(ct);
        return new ProbeBot(provider, gateway, statePath);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _gateway.StopAsync();
        await _services.DisposeAsync();
        File.Delete(_statePath);
    }
}
