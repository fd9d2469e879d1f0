namespace PainPalBot.Modules.Connections;

/// <summary>What a person looks for in a peer connection (any combination).</summary>
[Flags]
public enum ConnectionGoals
{
    /// <summary>Nothing chosen.</summary>
    None = 0,
    /// <summary>Someone to talk to.</summary>
    SomeoneToTalkTo = 1 << 0,
    /// <summary>An accountability buddy.</summary>
    AccountabilityBuddy = 1 << 1,
    /// <summary>A pacing partner.</summary>
    PacingPartner = 1 << 2,
}
