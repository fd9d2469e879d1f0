using Microsoft.Extensions.Logging;

namespace PainPalBot.Sandbox;

/// <summary>How the sandbox listens: the <c>Sandbox</c> configuration section.</summary>
public sealed class SandboxOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Sandbox";

    /// <summary>The web page's port on localhost; 0 picks a free one (tests).</summary>
    public int Port { get; set; } = 5080;

    /// <summary>The loopback address to listen on (localhost, 127.0.0.1 or ::1); the sandbox never listens beyond this machine.</summary>
    public string BindAddress { get; set; } = "localhost";

    /// <summary>Where the bot keeps its data in sandbox mode, apart from real data.</summary>
    public string StoragePath { get; set; } = "data/sandbox.db";

    /// <summary>How often the bot looks for due reminders in sandbox mode, so an advanced clock shows its DM within seconds.</summary>
    public TimeSpan ReminderPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the sandbox waits for the bot's answer to an interaction (Discord allows 3 seconds).</summary>
    public TimeSpan InteractionTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Optional logging for the sandbox's own servers.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
