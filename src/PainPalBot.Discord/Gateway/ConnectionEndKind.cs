namespace PainPalBot.Discord.Gateway;

/// <summary>What to do after a connection ended.</summary>
internal enum ConnectionEndKind
{
    /// <summary>Reconnect and resume the session (or identify when there is none).</summary>
    Resume,

    /// <summary>Reconnect with a new session (4007, 4009).</summary>
    NewSession,

    /// <summary>Op 9 INVALID_SESSION false: wait 1–5 s, then a new session.</summary>
    InvalidSession,

    /// <summary>A close code that reconnecting cannot fix.</summary>
    Fatal,

    /// <summary>StopAsync was called.</summary>
    Stopped,
}
