namespace PainPalBot.Discord.Interactions;

/// <summary>
/// Whether the command can be used in DMs. Discord deprecated <c>dm_permission</c>, so <c>false</c> is sent as
/// <c>contexts: [0]</c>; <see cref="CommandContextTypeAttribute"/> wins when both are present.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class EnabledInDmAttribute(bool isEnabled) : Attribute
{
    /// <summary>Whether DMs are allowed.</summary>
    public bool IsEnabled { get; } = isEnabled;
}
