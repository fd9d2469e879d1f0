namespace PainPalBot;

/// <summary>A problem a person must fix before the bot can start; its message is one line naming the setting.</summary>
public sealed class StartupException : Exception
{
    public StartupException() { }
    public StartupException(string message) : base(message) { }
    public StartupException(string message, Exception innerException) : base(message, innerException) { }
}
