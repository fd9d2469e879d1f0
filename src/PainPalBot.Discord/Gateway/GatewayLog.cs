using Microsoft.Extensions.Logging;

namespace PainPalBot.Discord.Gateway;

/// <summary>The gateway client's log lines. None carries the token; ids, counts and close codes only.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Could not connect to the gateway: {Error}")]
    public static partial void ConnectFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Reconnecting to the gateway in {DelayMs} ms to {Action}")]
    public static partial void Reconnecting(ILogger logger, long delayMs, string action);

    [LoggerMessage(EventId = 102, Level = LogLevel.Critical, Message = "The gateway client failed unexpectedly and stopped")]
    public static partial void Crashed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Gateway socket open to {Action}")]
    public static partial void SocketOpen(ILogger logger, string action);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Gateway connection lost: {Error}; resuming")]
    public static partial void ConnectionLost(ILogger logger, string error);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "The gateway closed the connection without a close code; resuming")]
    public static partial void ClosedWithoutCode(ILogger logger);

    [LoggerMessage(EventId = 106, Level = LogLevel.Critical, Message = "Discord closed the gateway with {CloseCode} and the bot stops: {Fix}")]
    public static partial void FatalClose(ILogger logger, int closeCode, string fix);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "The gateway closed the connection with {CloseCode}; starting a new session")]
    public static partial void ClosedNewSession(ILogger logger, int closeCode);

    [LoggerMessage(EventId = 108, Level = LogLevel.Warning, Message = "The gateway closed the connection with {CloseCode}; resuming")]
    public static partial void ClosedResume(ILogger logger, int closeCode);

    [LoggerMessage(EventId = 109, Level = LogLevel.Warning, Message = "Ignored a gateway payload that is not JSON: {Error}")]
    public static partial void NotJson(ILogger logger, string error);

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "Ignored a gateway payload without an opcode")]
    public static partial void NoOpcode(ILogger logger);

    [LoggerMessage(EventId = 111, Level = LogLevel.Information, Message = "The gateway asked the client to reconnect (op 7); resuming")]
    public static partial void ReconnectRequested(ILogger logger);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "The gateway invalidated the session (op 9, resumable: {Resumable})")]
    public static partial void InvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(EventId = 113, Level = LogLevel.Debug, Message = "Ignored gateway opcode {OpCode}")]
    public static partial void UnknownOpcode(ILogger logger, int opCode);

    [LoggerMessage(EventId = 114, Level = LogLevel.Debug, Message = "Skipped dispatch {Sequence}: already received")]
    public static partial void DuplicateDispatch(ILogger logger, int sequence);

    [LoggerMessage(EventId = 115, Level = LogLevel.Information, Message = "Gateway ready as {BotUserId}: {GuildCount} guilds, shard {ShardId}/{ShardCount}")]
    public static partial void Ready(ILogger logger, ulong botUserId, int guildCount, int shardId, int shardCount);

    [LoggerMessage(EventId = 116, Level = LogLevel.Information, Message = "Gateway session resumed at sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, int sequence);

    [LoggerMessage(EventId = 117, Level = LogLevel.Warning, Message = "Could not read {EventType} dispatch {Sequence}: {Error}")]
    public static partial void UnreadableDispatch(ILogger logger, string? eventType, int? sequence, string error);

    [LoggerMessage(EventId = 118, Level = LogLevel.Warning, Message = "No heartbeat ACK within {IntervalMs} ms; closing the zombie connection to resume")]
    public static partial void Zombie(ILogger logger, long intervalMs);

    [LoggerMessage(EventId = 119, Level = LogLevel.Information, Message = "Identifying as shard {ShardId}/{ShardCount} with intents {Intents}")]
    public static partial void Identifying(ILogger logger, int shardId, int shardCount, int intents);

    [LoggerMessage(EventId = 120, Level = LogLevel.Information, Message = "Resuming the gateway session from sequence {Sequence}")]
    public static partial void Resuming(ILogger logger, int? sequence);

    [LoggerMessage(EventId = 121, Level = LogLevel.Warning, Message = "GET /gateway/bot failed ({Error}); using the gateway URL fetched before")]
    public static partial void GatewayBotFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 122, Level = LogLevel.Warning, Message = "No session starts left ({Total} a day); waiting {WaitMinutes} minutes for the limit to reset rather than identify")]
    public static partial void SessionStartsExhausted(ILogger logger, int total, long waitMinutes);

    [LoggerMessage(EventId = 123, Level = LogLevel.Warning, Message = "Discord recommends {RecommendedShards} shards; Discord:ShardCount is {ShardCount}")]
    public static partial void MoreShardsRecommended(ILogger logger, int recommendedShards, int shardCount);

    [LoggerMessage(EventId = 124, Level = LogLevel.Warning, Message = "{EventType} handlers took {ElapsedMs} ms and held up later events; move long work off the handler")]
    public static partial void SlowHandler(ILogger logger, string eventType, long elapsedMs);

    [LoggerMessage(EventId = 126, Level = LogLevel.Error, Message = "A gateway connection attempt failed unexpectedly; retrying")]
    public static partial void AttemptFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 125, Level = LogLevel.Error, Message = "A {EventType} handler failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string eventType);

    [LoggerMessage(EventId = 127, Level = LogLevel.Warning, Message = "The gateway client did not stop within {WaitSeconds} s of being disposed (an event handler still running, or the close unanswered); the rest is left to finish on its own")]
    public static partial void HandlersAbandoned(ILogger logger, double waitSeconds);
}
