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
    /// <summary>The bot's application (GET /applications/@me).</summary>
    Task<Application> GetCurrentApplicationAsync(CancellationToken ct = default);
    /// <summary>The gateway URL, recommended shards and session start limit (GET /gateway/bot).</summary>
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct = default);

    // Application commands
    /// <summary>The registered global commands.</summary>
    Task<ApplicationCommand[]> GetGlobalApplicationCommandsAsync(ulong applicationId, CancellationToken ct = default);
    /// <summary>Replaces all global commands with these (PUT); returns them with ids.</summary>
    Task<ApplicationCommand[]> BulkOverwriteGlobalApplicationCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct = default);
    /// <summary>Replaces all of one guild's commands with these (PUT); returns them with ids.</summary>
    Task<ApplicationCommand[]> BulkOverwriteGuildApplicationCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct = default);

    // Interactions: exempt from the global rate limit
    /// <summary>Answers an interaction (any callback type, incl. modals); files go as multipart and get <c>attachments</c> filled in. Not retried: a repeat would be 40060.</summary>
    Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default);
    /// <summary>The original response, or null when there is none.</summary>
    Task<Message?> GetOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct = default);
    /// <summary>Edits the original response (also how a deferred response gets its content).</summary>
    Task<Message> EditOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, WebhookMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default);
    /// <summary>Deletes the original response.</summary>
    Task DeleteOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct = default);
    /// <summary>Sends a followup message for an interaction (token valid 15 minutes).</summary>
    Task<Message> CreateFollowupMessageAsync(ulong applicationId, string interactionToken, WebhookMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default);
    /// <summary>Edits a followup message.</summary>
    Task<Message> EditFollowupMessageAsync(ulong applicationId, string interactionToken, ulong messageId, WebhookMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default);

    // Channels and messages
    /// <summary>Opens (or returns the existing) DM channel with a person.</summary>
    Task<Channel> CreateDmAsync(ulong recipientId, CancellationToken ct = default);
    /// <summary>A channel, or null when it does not exist.</summary>
    Task<Channel?> GetChannelAsync(ulong channelId, CancellationToken ct = default);
    /// <summary>Posts a message; set <c>Nonce</c> with <c>EnforceNonce</c> to make it safe to retry. Files go as multipart.</summary>
    Task<Message> CreateMessageAsync(ulong channelId, CreateMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default);
    /// <summary>Edits a message the bot sent.</summary>
    Task<Message> EditMessageAsync(ulong channelId, ulong messageId, EditMessageRequest request, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default);
    /// <summary>Deletes a message.</summary>
    Task DeleteMessageAsync(ulong channelId, ulong messageId, CancellationToken ct = default);
    /// <summary>Starts a thread on a message.</summary>
    Task<Channel> StartThreadFromMessageAsync(ulong channelId, ulong messageId, StartThreadRequest request, CancellationToken ct = default);

    // Guilds
    /// <summary>A guild, or null when the bot cannot see it.</summary>
    Task<Guild?> GetGuildAsync(ulong guildId, CancellationToken ct = default);
    /// <summary>A member of a guild, or null when they are not one.</summary>
    Task<GuildMember?> GetGuildMemberAsync(ulong guildId, ulong userId, CancellationToken ct = default);
    /// <summary>A guild's roles, @everyone included.</summary>
    Task<Role[]> GetGuildRolesAsync(ulong guildId, CancellationToken ct = default);
}
