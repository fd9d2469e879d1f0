namespace PainPalBot.Sandbox.Api;

/// <summary>The body of a refused API call.</summary>
/// <param name="Error">One sentence for the person: what went wrong and what to do.</param>
public sealed record SandboxError(string Error);
