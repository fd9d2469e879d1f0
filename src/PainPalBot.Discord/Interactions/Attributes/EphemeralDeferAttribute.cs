namespace PainPalBot.Discord.Interactions;

/// <summary>
/// When the framework defers for a slow handler (the 3-second rule), it defers ephemerally, so the
/// "thinking…" state and the reply that replaces it are seen only by the invoker. Use it on every
/// command whose reply is private. On a method or a module class.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class EphemeralDeferAttribute : Attribute;
