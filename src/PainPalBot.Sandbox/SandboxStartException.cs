namespace PainPalBot.Sandbox;

/// <summary>The sandbox could not start for a reason a person can fix, e.g. its port is taken; the message names the setting.</summary>
public sealed class SandboxStartException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SandboxStartException()
    {
    }

    /// <summary>Creates the exception with one line for the person.</summary>
    public SandboxStartException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with one line for the person and the cause.</summary>
    public SandboxStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
