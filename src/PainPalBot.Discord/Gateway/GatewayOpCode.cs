namespace PainPalBot.Discord.Gateway;

/// <summary>Gateway opcodes (topics/opcodes-and-status-codes).</summary>
public enum GatewayOpCode
{
    /// <summary>An event was dispatched.</summary>
    Dispatch = 0,

    /// <summary>Keeps the connection alive; sent by either side.</summary>
    Heartbeat = 1,

    /// <summary>Starts a new session.</summary>
    Identify = 2,

    /// <summary>Updates the client's presence.</summary>
    PresenceUpdate = 3,

    /// <summary>Joins, moves or leaves voice channels.</summary>
    VoiceStateUpdate = 4,

    /// <summary>Resumes a previous session.</summary>
    Resume = 6,

    /// <summary>The client should reconnect and resume.</summary>
    Reconnect = 7,

    /// <summary>Requests guild members.</summary>
    RequestGuildMembers = 8,

    /// <summary>The session is invalid; <c>d</c> says whether it may be resumed.</summary>
    InvalidSession = 9,

    /// <summary>Sent on connect: carries the heartbeat interval.</summary>
    Hello = 10,

    /// <summary>Acknowledges a heartbeat.</summary>
    HeartbeatAck = 11,
}
