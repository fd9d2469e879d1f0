using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Modules.Stories;

/// <summary>
/// Tells a story's author by DM what happened to it. Unlike the general DM sender it never logs a user id: a log line
/// naming a user right after a story event would tie the author to the story.
/// </summary>
public sealed partial class StoryAuthorMessenger(IDiscordRestClient rest, ILogger<StoryAuthorMessenger> log)
{
    /// <summary>
    /// Sends the text by DM; false when it could not be delivered (DMs closed, Discord 50007, or Discord unavailable).
    /// The decision it reports on stands either way, so a failed DM is an outcome, not an error.
    /// </summary>
    public async Task<bool> TellAsync(ulong authorId, string text, CancellationToken ct = default)
    {
        try
        {
            var channel = await rest.CreateDmAsync(authorId, ct);
            await rest.CreateMessageAsync(channel.Id, new CreateMessageRequest { Content = text, AllowedMentions = AllowedMentions.None }, null, ct);
            return true;
        }
        catch (DiscordApiException e)
        {
            if (e.Code != DiscordErrorCodes.CannotSendMessagesToThisUser) LogFailed(log, (int)e.Status, e.Code ?? 0);
            return false;
        }
        catch (HttpRequestException)
        {
            LogFailed(log, 0, 0);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A story author could not be told by DM ({HttpStatus}, {DiscordCode})")]
    private static partial void LogFailed(ILogger logger, int httpStatus, int discordCode);
}
