namespace PainPalBot.Sandbox;

/// <summary>What a page action came to: a value, or an HTTP status and a sentence for the person.</summary>
public readonly record struct SandboxOutcome<T>(T? Value, int Status, string? Error)
{
    /// <summary>Whether it worked.</summary>
    public bool Succeeded => Error is null;

}
