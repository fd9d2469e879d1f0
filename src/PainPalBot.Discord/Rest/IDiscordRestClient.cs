using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Rest;

/// <summary>
/// Discord's REST API, the calls the bot makes. Every call waits its turn under Discord's rate
/// limits instead of failing. A GET that finds nothing (404) returns null; every other failure
/// throws <see cref="DiscordApiException"/> carrying Discord's JSON error code.
/// </summary>
public interface IDiscordRestClient
{
    // Application and gateway
    Task<Application> GetCurrentApplicationAsync(CancellationToken ct = default);
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct = default);

    // Application commands
    Task<ApplicationCommand[]> GetGlobalApplicationCommandsAsync(ulong applicationId, CancellationToken ct = default);
    Task<ApplicationCommand[]> BulkOverwriteGlobalApplicationCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct = default);
    Task<ApplicationCommand[]> BulkOverwriteGuildApplicationCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct = default);

    // Interactions: exempt from the global rate limit
    Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default);
    Task<Message?> GetOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct = default);
    Task<Message> EditOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, WebhookMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default);
    Task DeleteOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct = default);
    Task<Message> CreateFollowupMessageAsync(ulong applicationId, string interactionToken, WebhookMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default);
    Task<Message> EditFollowupMessageAsync(ulong applicationId, string interactionToken, ulong messageId, WebhookMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default);

    // Channels and messages
    Task<Channel> CreateDmAsync(ulong recipientId, CancellationToken ct = default);
    Task<Channel?> GetChannelAsync(ulong channelId, CancellationToken ct = default);
    Task<Message> CreateMessageAsync(ulong channelId, CreateMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default);
    Task<Message> EditMessageAsync(ulong channelId, ulong messageId, EditMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default);
    Task DeleteMessageAsync(ulong channelId, ulong messageId, CancellationToken ct = default);
    Task<Channel> StartThreadFromMessageAsync(ulong channelId, ulong messageId, StartThreadRequest request, CancellationToken ct = default);

    // Guilds
    Task<Guild?> GetGuildAsync(ulong guildId, CancellationToken ct = default);
    Task<GuildMember?> GetGuildMemberAsync(ulong guildId, ulong userId, CancellationToken ct = default);
    Task<Role[]> GetGuildRolesAsync(ulong guildId, CancellationToken ct = default);
}
