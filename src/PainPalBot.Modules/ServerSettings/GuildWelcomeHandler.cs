using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Gateway;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.Messaging;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>
/// Keeps server settings in step with membership (rejoining cancels removal; leaving starts the 30 days) and,
/// on joining, tells the server how to set the bot up: in its system channel, or failing that in a DM to the owner.
/// </summary>
public sealed partial class GuildWelcomeHandler(ServerSettingsService settings, IDiscordRestClient rest, DmSender dms, ILogger<GuildWelcomeHandler> log) : IGuildEventsHandler
{
    /// <inheritdoc />
    public async Task JoinedGuildAsync(Guild guild, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(guild);
        settings.MarkJoined(guild.Id);
        var welcome = new CreateMessageRequest
        {
            Content = ServerSettingsService.WelcomeMessage(guild.Name),
            AllowedMentions = AllowedMentions.None,
        };
        if (guild.SystemChannelId is { } systemChannel)
        {
            try
            {
                await rest.CreateMessageAsync(systemChannel, welcome, null, ct);
                LogWelcomed(guild.Id, "system channel");
                return;
            }
            catch (DiscordApiException e)
            {
                // No permission to post there (common): the owner still needs the steps.
                LogSystemChannelRefused(guild.Id, e.Code);
            }
        }
        if (guild.OwnerId is not { } owner)
        {
            LogNoWayToWelcome(guild.Id);
            return;
        }
        try
        {
            var sent = await dms.SendAsync(owner, welcome, ct);
            if (sent.Status == DmSendStatus.Sent)
                LogWelcomed(guild.Id, "owner DM");
            else
                LogNoWayToWelcome(guild.Id);
        }
        catch (DiscordApiException e)
        {
            LogOwnerDmFailed(guild.Id, e.Code);
        }
    }

    /// <inheritdoc />
    public Task GuildAvailableAsync(Guild guild, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(guild);
        settings.MarkJoined(guild.Id);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task LeftGuildAsync(Guild guild, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(guild);
        settings.MarkLeft(guild.Id);
        LogLeft(guild.Id);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Welcomed guild {GuildId} in its {WelcomeRoute}")]
    private partial void LogWelcomed(ulong guildId, string welcomeRoute);

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not post the welcome in guild {GuildId}'s system channel ({DiscordCode}); trying the owner")]
    private partial void LogSystemChannelRefused(ulong guildId, int? discordCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not welcome guild {GuildId}: no system channel and the owner's DMs are closed")]
    private partial void LogNoWayToWelcome(ulong guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not DM the owner of guild {GuildId} ({DiscordCode})")]
    private partial void LogOwnerDmFailed(ulong guildId, int? discordCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Left guild {GuildId}; its settings are kept for 30 days")]
    private partial void LogLeft(ulong guildId);
}
